using Microsoft.Extensions.Time.Testing;
using OpenRem.Domain.Ports;

namespace OpenRem.Domain.Tests.Fakes;

/// <summary>
/// A store node's arrivals as a script: each count answers with the next snapshot (the last one repeats), and each
/// count moves the clock on by <see cref="TimePerCount"/>, so a quiet period passes after a known number of counts.
/// </summary>
internal sealed class ScriptedArrivals(FakeTimeProvider time) : IRetrieveArrivals
{
    private readonly Queue<IReadOnlyDictionary<string, ArrivalCount>> _snapshots = new();
    private readonly Dictionary<string, HashSet<string>> _instances = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, ArrivalCount> _last = new Dictionary<string, ArrivalCount>();

    public TimeSpan TimePerCount { get; init; } = TimeSpan.FromSeconds(1);

    public List<Guid> CountedQueries { get; } = [];

    public ScriptedArrivals Then(params (string SeriesInstanceUid, int Arrived, int Imported)[] counts)
    {
        _snapshots.Enqueue(counts.ToDictionary(count => count.SeriesInstanceUid, count => new ArrivalCount(count.Arrived, count.Imported)));
        return this;
    }

    /// <summary>The SOP instances of a series that had arrived before the move asks (what a resume finds).</summary>
    public ScriptedArrivals WithInstances(string seriesInstanceUid, params string[] sopInstanceUids)
    {
        _instances[seriesInstanceUid] = [.. sopInstanceUids];
        return this;
    }

    public Task<IReadOnlySet<string>> ArrivedAsync(Guid queryId, string seriesInstanceUid, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(_instances.TryGetValue(seriesInstanceUid, out var instances) ? instances : new HashSet<string>(StringComparer.Ordinal));

    public Task<IReadOnlyDictionary<string, ArrivalCount>> CountAsync(Guid queryId, CancellationToken cancellationToken)
    {
        CountedQueries.Add(queryId);
        time.Advance(TimePerCount);
        if (_snapshots.TryDequeue(out var next))
        {
            _last = next;
        }

        return Task.FromResult(_last);
    }
}
