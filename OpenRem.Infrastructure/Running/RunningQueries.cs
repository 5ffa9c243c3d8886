using System.Collections.Concurrent;

namespace OpenRem.Infrastructure.Running;

/// <summary>
/// The queries this process is running now (every run of <see cref="StoredQueryRunner"/>: jobs, schedules, the command
/// line), so that a user can cancel one, and every one is stopped as interrupted when the application stops.
/// </summary>
public sealed class RunningQueries
{
    private readonly ConcurrentDictionary<Guid, RunningQuery> _running = new();
    private volatile bool _stopping;

    /// <summary>The IDs of the queries running now.</summary>
    public IReadOnlyCollection<Guid> Ids => [.. _running.Keys];

    /// <summary>Registers a run of <paramref name="queryId"/>; dispose the result when the run ends.</summary>
    /// <exception cref="InvalidOperationException">The query is already running in this process.</exception>
    public RunningQuery Begin(Guid queryId, CancellationToken cancellationToken, CancellationToken shutdown)
    {
        var run = new RunningQuery(queryId, ended => _running.TryRemove(new KeyValuePair<Guid, RunningQuery>(ended.QueryId, ended)), cancellationToken, shutdown);
        if (!_running.TryAdd(queryId, run))
        {
            run.Dispose();
            throw new InvalidOperationException($"Query {queryId} is already running.");
        }

        if (_stopping)
        {
            run.Stop();
        }

        return run;
    }

    public bool IsRunning(Guid queryId) => _running.ContainsKey(queryId);

    /// <summary>A user cancels the query; false when it is not running here.</summary>
    public bool Cancel(Guid queryId)
    {
        if (!_running.TryGetValue(queryId, out var run))
        {
            return false;
        }

        run.Cancel();
        return true;
    }

    /// <summary>The application stops: every running query, and any started from now on, is told to stop as interrupted.</summary>
    public void StopAll()
    {
        _stopping = true;
        foreach (var run in _running.Values)
        {
            run.Stop();
        }
    }
}
