using Microsoft.Extensions.Logging;
using OpenRem.Domain.Find;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;
using OpenRem.Domain.Running;
using OpenRem.Infrastructure.Persistence.Queries;
using Serilog.Context;

namespace OpenRem.Infrastructure.Running;

/// <summary>
/// Runs a query stored in the database: opens it for running, builds the phases on the archive adapter, the
/// imported objects and the store node's arrivals, and runs them with the session's progress, so that every change
/// is written back and published. Every log event written meanwhile carries the query's ID (<c>QueryId</c>). The
/// one way the command line, the jobs and the schedules run a query.
/// </summary>
public sealed partial class StoredQueryRunner(
    IQueryRunSessions sessions,
    IRemoteArchiveConnector archives,
    IImportedObjects imported,
    IRetrieveArrivals arrivals,
    RunningQueries running,
    TimeProvider time,
    ILogger<StoredQueryRunner> logger)
{
    /// <summary>
    /// Runs <paramref name="kind"/> of the query <paramref name="queryId"/>; <paramref name="decorate"/>, when given,
    /// wraps the session's progress (for a console that prints it, say). Returns the state the query is left in, or
    /// null when there is no such query. Cancelling <paramref name="cancellationToken"/> ends the query cancelled.
    /// </summary>
    public Task<QueryState?> RunAsync(
        Guid queryId,
        QueryRunKind kind,
        CancellationToken cancellationToken,
        Func<IQueryProgress, IQueryProgress>? decorate = null) =>
        RunAsync(queryId, kind, decorate, cancellationToken, CancellationToken.None);

    /// <summary>
    /// Runs <paramref name="kind"/> of the query <paramref name="queryId"/> as the other overload does, and tells a
    /// user's cancel from the host stopping: cancelling <paramref name="cancellationToken"/> (the user's cancel) ends the
    /// query cancelled; cancelling <paramref name="shutdown"/> (the host stopping, e.g. its ApplicationStopping token)
    /// stops it too but ends it interrupted, so that its retrieve can be resumed (<see cref="QueryRunKind.Resume"/>).
    /// The run is registered with <see cref="RunningQueries"/> meanwhile, so that a user can cancel it and the
    /// application's stop interrupts it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The query is already running in this process.</exception>
    public async Task<QueryState?> RunAsync(
        Guid queryId,
        QueryRunKind kind,
        Func<IQueryProgress, IQueryProgress>? decorate,
        CancellationToken cancellationToken,
        CancellationToken shutdown)
    {
        using var queryProperty = LogContext.PushProperty("QueryId", queryId);
        using var run = running.Begin(queryId, cancellationToken, shutdown);
        cancellationToken = run.Cancellation;
        shutdown = run.Shutdown;
        var session = await sessions.OpenAsync(queryId, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            LogMissing(logger, queryId);
            return null;
        }

        await using (session.ConfigureAwait(false))
        {
            var query = session.Query;
            var progress = decorate is null ? session.Progress : decorate(session.Progress);
            if (session.RemoteNode is not { } remote || session.StoreNode is not { } store)
            {
                if (!query.HasEnded)
                {
                    query.Fail(time.GetUtcNow(), "The remote node or the store node of this query has been deleted.");
                    await progress.StageChangedAsync(query, CancellationToken.None).ConfigureAwait(false);
                }

                return query.State;
            }

            LogRunning(logger, queryId, kind, query.State);
            var move = new MovePhase(archives, progress, time, arrivals);
            var state = kind switch
            {
                QueryRunKind.Retrieve => await move.RunAsync(query, remote, store, cancellationToken, shutdown).ConfigureAwait(false),
                QueryRunKind.Resume => await move.ResumeAsync(query, remote, store, cancellationToken, shutdown).ConfigureAwait(false),
                _ => await new QueryRunner(new FindPhase(archives, imported, progress, time), move).RunAsync(query, remote, store, cancellationToken, shutdown).ConfigureAwait(false),
            };
            LogEnded(logger, queryId, kind, state);
            return state;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Query {QueryId} cannot be run: it is not in the database")]
    private static partial void LogMissing(ILogger logger, Guid queryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Query {QueryId}: {Kind} run started from state {State}")]
    private static partial void LogRunning(ILogger logger, Guid queryId, QueryRunKind kind, QueryState state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Query {QueryId}: {Kind} run ended {State}")]
    private static partial void LogEnded(ILogger logger, Guid queryId, QueryRunKind kind, QueryState state);
}
