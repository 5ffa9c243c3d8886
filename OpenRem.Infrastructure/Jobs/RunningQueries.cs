using System.Collections.Concurrent;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>
/// The queries this process is running now, so that one can be cancelled by a user, and every one stopped as
/// interrupted when the application stops.
/// </summary>
public sealed class RunningQueries
{
    private readonly ConcurrentDictionary<Guid, RunningQuery> _running = new();

    /// <summary>The IDs of the queries running now.</summary>
    public IReadOnlyCollection<Guid> Ids => [.. _running.Keys];

    /// <summary>Registers a run of <paramref name="queryId"/>; dispose the result when the run ends.</summary>
    /// <exception cref="InvalidOperationException">The query is already running in this process.</exception>
    public RunningQuery Begin(Guid queryId, CancellationToken jobToken)
    {
        var run = new RunningQuery(queryId, ended => _running.TryRemove(new KeyValuePair<Guid, RunningQuery>(ended.QueryId, ended)), jobToken);
        if (!_running.TryAdd(queryId, run))
        {
            run.Dispose();
            throw new InvalidOperationException($"Query {queryId} is already running.");
        }

        return run;
    }

    public bool IsRunning(Guid queryId) => _running.ContainsKey(queryId);

    /// <summary>Tells the query to stop because a user cancelled it; false when it is not running here.</summary>
    public bool Cancel(Guid queryId)
    {
        if (!_running.TryGetValue(queryId, out var run))
        {
            return false;
        }

        run.Stop(QueryStopReason.Cancelled);
        return true;
    }

    /// <summary>Tells every running query to stop because the application stops.</summary>
    public void StopAll()
    {
        foreach (var run in _running.Values)
        {
            run.Stop(QueryStopReason.Shutdown);
        }
    }
}
