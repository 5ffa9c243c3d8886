using OpenRem.Domain.Imported;
using OpenRem.Domain.Ports;

namespace OpenRem.Benchmarks.FindPhase;

/// <summary>An empty store: every study is new, so the duplicate check queries every kept series, as on a first run.</summary>
internal sealed class NothingImported : IImportedObjects
{
    public Task<IReadOnlyList<ImportedStudy>> FindStudiesAsync(string studyInstanceUid, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ImportedStudy>>([]);
}
