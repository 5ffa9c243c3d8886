using Microsoft.Extensions.Logging;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Queries;
using OpenRem.Infrastructure.Running;
using Quartz;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>Queries and retrieves as fires of <see cref="RunQueryJob"/> on the application's scheduler.</summary>
internal sealed partial class QueryJobs(
    ISchedulerFactory schedulers,
    RunningQueries running,
    IRemoteNodeRepository remoteNodes,
    IStoreNodeRepository storeNodes,
    IQueryRepository queries,
    IQueryRunSessions sessions,
    TimeProvider time,
    ILogger<QueryJobs> logger) : IQueryJobs
{
    public async Task<Guid> SubmitAsync(QueryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var remote = await remoteNodes.FindAsync(request.RemoteNodeId, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"There is no remote node with database ID {request.RemoteNodeId}.", nameof(request));
        var store = await storeNodes.FindAsync(request.StoreNodeId, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"There is no store node with database ID {request.StoreNodeId}.", nameof(request));
        var query = Query.Create(request, remote, store, time);
        await queries.AddAsync(query, cancellationToken).ConfigureAwait(false);
        LogSubmitted(logger, query.Id, request.Origin, remote.Id, store.Id);
        await StartAsync(query.Id, QueryRunKind.Find, cancellationToken).ConfigureAwait(false);
        return query.Id;
    }

    public async Task StartAsync(Guid queryId, QueryRunKind kind, CancellationToken cancellationToken)
    {
        if (running.IsRunning(queryId))
        {
            throw new QueryTransitionException("This query is already running.");
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(RunQueryJob.TriggerFor(queryId))
            .ForJob(RunQueryJob.Key)
            .UsingJobData(RunQueryJob.QueryIdKey, queryId.ToString())
            .UsingJobData(RunQueryJob.KindKey, kind.ToString())
            .StartNow()
            .Build();
        try
        {
            await scheduler.ScheduleJob(trigger, default, cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectAlreadyExistsException)
        {
            throw new QueryTransitionException("This query is already waiting to run.");
        }

        LogStarted(logger, queryId, kind);
    }

    public async Task<bool> CancelAsync(Guid queryId, CancellationToken cancellationToken)
    {
        if (running.Cancel(queryId))
        {
            LogCancelRequested(logger, queryId);
            return true;
        }

        // Not running here: unschedule a fire still waiting, then end the stored query cancelled if it has not ended.
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.UnscheduleJob(RunQueryJob.TriggerFor(queryId), cancellationToken).ConfigureAwait(false);
        if (running.Cancel(queryId))
        {
            // It started meanwhile.
            return true;
        }

        var session = await sessions.OpenAsync(queryId, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return false;
        }

        await using (session.ConfigureAwait(false))
        {
            if (session.Query.HasEnded)
            {
                return false;
            }

            session.Query.Cancel(time.GetUtcNow());
            await session.Progress.StageChangedAsync(session.Query, cancellationToken).ConfigureAwait(false);
        }

        LogCancelledWaiting(logger, queryId);
        return true;
    }

    public bool IsRunning(Guid queryId) => running.IsRunning(queryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Query {QueryId} submitted ({Origin}): remote node {RemoteNodeId}, store node {StoreNodeId}")]
    private static partial void LogSubmitted(ILogger logger, Guid queryId, QueryOrigin origin, int remoteNodeId, int storeNodeId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Query {QueryId}: {Kind} job queued")]
    private static partial void LogStarted(ILogger logger, Guid queryId, QueryRunKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Query {QueryId}: cancel requested")]
    private static partial void LogCancelRequested(ILogger logger, Guid queryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Query {QueryId}: cancelled before its job started")]
    private static partial void LogCancelledWaiting(ILogger logger, Guid queryId);
}
