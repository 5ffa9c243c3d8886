using Microsoft.Extensions.Logging;
using OpenRem.Infrastructure.Schedules;
using Quartz;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>
/// Runs one schedule when its trigger fires: one durable job per schedule, so that Quartz never starts a run of a
/// schedule while its previous run goes on (the schedule's claim in the database also keeps out a run started by the
/// command line).
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class RunScheduleJob(ScheduledQueryRunner runner, ILogger<RunScheduleJob> logger) : IJob
{
    internal const string ScheduleIdKey = "ScheduleId";

    internal const string Group = "schedules";

    /// <summary>The job of the schedule <paramref name="scheduleId"/>.</summary>
    public static JobKey KeyFor(int scheduleId) => new($"schedule-{scheduleId}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scheduleId = context.MergedJobDataMap.GetInt(ScheduleIdKey);
        try
        {
            var outcome = await runner.RunAsync(scheduleId, cancellationToken).ConfigureAwait(false);
            LogRan(logger, scheduleId, outcome.Result, outcome.QueryId, outcome.Text);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogStopped(logger, scheduleId);
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception, scheduleId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule {ScheduleId} ran: {Result}, query {QueryId}: {Text}")]
    private static partial void LogRan(ILogger logger, int scheduleId, ScheduledRunResult result, Guid? queryId, string text);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule {ScheduleId}: the run was stopped")]
    private static partial void LogStopped(ILogger logger, int scheduleId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Schedule {ScheduleId}: the run failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, int scheduleId);
}
