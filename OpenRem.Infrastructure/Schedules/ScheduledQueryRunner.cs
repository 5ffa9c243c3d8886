using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Schedules;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Queries;
using OpenRem.Infrastructure.Persistence.Schedules;
using OpenRem.Infrastructure.Running;
using Serilog.Context;

namespace OpenRem.Infrastructure.Schedules;

/// <summary>
/// Runs a schedule once: checks it can run, claims it (a schedule never runs twice at once, across processes too),
/// creates its query for the window the run covers, runs the query with <see cref="StoredQueryRunner"/>, records the
/// result and the covered window on the schedule, and gives up the claim, also when the run fails or is cancelled.
/// </summary>
public sealed partial class ScheduledQueryRunner(
    IScheduleRepository schedules,
    IRemoteNodeRepository remoteNodes,
    IStoreNodeRepository storeNodes,
    IQueryRepository queries,
    StoredQueryRunner runner,
    TimeProvider time,
    IOptions<ScheduleRunOptions> options,
    ILogger<ScheduledQueryRunner> logger)
{
    public const string SkippedText = "skipped: the previous run is still running";

    /// <summary>
    /// Runs the schedule <paramref name="scheduleId"/> now; <paramref name="decorate"/>, when given, wraps the query's
    /// progress (for a console that prints it). A run the query runner stops on cancellation is recorded with the
    /// query's state (cancelled); a cancellation outside the query's run is recorded as cancelled and thrown.
    /// </summary>
    public async Task<ScheduledRunOutcome> RunAsync(
        int scheduleId,
        CancellationToken cancellationToken,
        Func<IQueryProgress, IQueryProgress>? decorate = null)
    {
        using var scheduleProperty = LogContext.PushProperty("ScheduleId", scheduleId);
        var schedule = await schedules.FindAsync(scheduleId, cancellationToken).ConfigureAwait(false);
        if (schedule is null)
        {
            LogMissing(logger, scheduleId);
            return new ScheduledRunOutcome(ScheduledRunResult.NotFound, $"there is no schedule with ID {scheduleId}");
        }

        var remote = schedule.RemoteNodeId is { } remoteId ? await remoteNodes.FindAsync(remoteId, cancellationToken).ConfigureAwait(false) : null;
        var store = schedule.StoreNodeId is { } storeId ? await storeNodes.FindAsync(storeId, cancellationToken).ConfigureAwait(false) : null;
        var refusal = schedule.WhyCannotRun()
            ?? (remote is null ? $"not run: the remote node {schedule.RemoteNodeName} has been deleted" : null)
            ?? (store is null ? $"not run: the store node {schedule.StoreNodeName} has been deleted" : null);
        if (refusal is not null)
        {
            return await NotRunAsync(schedule, refusal, cancellationToken).ConfigureAwait(false);
        }

        var plan = schedule.PlanRun(time.GetUtcNow(), time.LocalTimeZone);
        Query query;
        try
        {
            query = Query.Create(plan.Request, remote!, store!, time);
        }
        catch (ArgumentException exception)
        {
            return await NotRunAsync(schedule, "not run: " + exception.Message, cancellationToken).ConfigureAwait(false);
        }

        if (!await schedules.TryClaimAsync(schedule.Id, query.Id, time.GetUtcNow(), options.Value.StaleClaimAfter, cancellationToken).ConfigureAwait(false))
        {
            LogSkipped(logger, schedule.Id);
            return new ScheduledRunOutcome(ScheduledRunResult.Skipped, SkippedText);
        }

        try
        {
            return await RunClaimedAsync(schedule, plan, query, decorate, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await schedules.ReleaseAsync(schedule.Id, query.Id, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<ScheduledRunOutcome> RunClaimedAsync(
        Schedule schedule,
        ScheduledRunPlan plan,
        Query query,
        Func<IQueryProgress, IQueryProgress>? decorate,
        CancellationToken cancellationToken)
    {
        LogStarting(logger, schedule.Id, query.Id, query.Parameters.DateKeys.Text, plan.WindowStart, plan.WindowEnd);
        QueryState state;
        string text;
        try
        {
            await queries.AddAsync(query, cancellationToken).ConfigureAwait(false);
            await schedules.RecordRunStartedAsync(schedule.Id, query.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            state = await runner.RunAsync(query.Id, QueryRunKind.Find, cancellationToken, decorate).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The query {query.Id} just stored could not be read back.");
            var ended = await queries.FindAsync(query.Id, CancellationToken.None).ConfigureAwait(false);
            text = ended is null ? state.ToString().ToLowerInvariant() : ScheduledRunResultText.Of(ended);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await schedules.RecordRunEndedAsync(schedule.Id, QueryState.Cancelled, "cancelled", plan.WindowEnd, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            LogEnded(logger, schedule.Id, query.Id, QueryState.Cancelled);
            throw;
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception, schedule.Id, query.Id);
            text = "failed: " + exception.Message.Split('\n')[0];
            await schedules.RecordRunEndedAsync(schedule.Id, QueryState.Failed, text, plan.WindowEnd, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            return new ScheduledRunOutcome(ScheduledRunResult.Ran, text, query.Id, QueryState.Failed);
        }

        await schedules.RecordRunEndedAsync(schedule.Id, state, text, plan.WindowEnd, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        LogEnded(logger, schedule.Id, query.Id, state);
        return new ScheduledRunOutcome(ScheduledRunResult.Ran, text, query.Id, state, schedule.IsSuccess(state));
    }

    private async Task<ScheduledRunOutcome> NotRunAsync(Schedule schedule, string reason, CancellationToken cancellationToken)
    {
        LogNotRun(logger, schedule.Id, reason);
        await schedules.RecordRunNotStartedAsync(schedule.Id, reason, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new ScheduledRunOutcome(ScheduledRunResult.NotRun, reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schedule {ScheduleId} cannot be run: it is not in the database")]
    private static partial void LogMissing(ILogger logger, int scheduleId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schedule {ScheduleId} {Reason}")]
    private static partial void LogNotRun(ILogger logger, int scheduleId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule {ScheduleId} skipped: the previous run is still running")]
    private static partial void LogSkipped(ILogger logger, int scheduleId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule {ScheduleId} runs query {QueryId} for {DateKeys} (window {WindowStart:o} to {WindowEnd:o})")]
    private static partial void LogStarting(ILogger logger, int scheduleId, Guid queryId, string dateKeys, DateTimeOffset windowStart, DateTimeOffset windowEnd);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule {ScheduleId}: query {QueryId} ended {State}")]
    private static partial void LogEnded(ILogger logger, int scheduleId, Guid queryId, QueryState state);

    [LoggerMessage(Level = LogLevel.Error, Message = "Schedule {ScheduleId}: query {QueryId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, int scheduleId, Guid queryId);
}
