using OpenRem.Domain.Imported.Dose;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Import.Dose;

/// <summary>What the pydicom reader makes of every shared sample, read once for the test class.</summary>
public sealed class PydicomDoseSummaries : IAsyncLifetime
{
    private IReadOnlyDictionary<string, DoseSummary?>? _summaries;

    /// <summary>The summary of each sample by file name (null: not a dose report).</summary>
    internal IReadOnlyDictionary<string, DoseSummary?> Summaries =>
        _summaries ?? throw new InvalidOperationException("The pydicom reader did not run.");

    public async ValueTask InitializeAsync() =>
        _summaries = await PydicomDoseReader.ReadAsync([.. DoseSamples.All.Select(SharedMaterial.Sample)], TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
