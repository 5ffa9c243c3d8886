using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Schedules;
using OpenRem.Infrastructure.Persistence.Schedules;
using OpenRem.Infrastructure.Schedules;
using Quartz;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>
/// Keeps one durable <see cref="RunScheduleJob"/> with its trigger per enabled schedule, equal to the database: at
/// start-up, every <see cref="JobOptions.ScheduleReconcileInterval"/> (schedules changed by the command line) and at
/// once on <see cref="Reconcile"/>. Intervals are simple triggers counted from the schedule's creation; hourly, daily
/// and cron schedules are cron triggers in the site's time zone. When a schedule's trigger is first made (at start-up,
/// or after the schedule changed), a run that fell due while no trigger was there (the application was stopped, or
/// the schedule was added meanwhile) happens once, at once: its window reaches back to the end of the last successful
/// run, so one catch-up run covers the whole gap.
/// </summary>
internal sealed partial class ScheduleTriggers(
    ISchedulerFactory schedulers,
    IScheduleRepository schedules,
    IScheduleCalendar calendar,
    TimeProvider time,
    IOptions<JobOptions> options,
    ILogger<ScheduleTriggers> logger) : BackgroundService, IScheduleTriggers
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Dictionary<int, string> _made = [];

    public void Reconcile()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A reconcile is already pending.
        }
    }

    public async Task RunNowAsync(int scheduleId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var key = RunScheduleJob.KeyFor(scheduleId);
        if (await scheduler.GetJobDetail(key, cancellationToken).ConfigureAwait(false) is null)
        {
            // A disabled schedule has no job: run it through a job of its own, without a trigger of its own.
            await scheduler.AddJob(JobOf(scheduleId), AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        }

        await scheduler.TriggerJob(key, null, cancellationToken).ConfigureAwait(false);
        LogRunNow(logger, scheduleId);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReconcileAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogReconcileFailed(logger, exception);
            }

            try
            {
                await _wake.WaitAsync(options.Value.ScheduleReconcileInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var all = await schedules.ListAsync(cancellationToken).ConfigureAwait(false);
        var wanted = all.Where(schedule => schedule.Enabled).ToDictionary(schedule => schedule.Id);
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(RunScheduleJob.Group), cancellationToken).ConfigureAwait(false))
        {
            var id = IdOf(key);
            if (id is null || !wanted.ContainsKey(id.Value))
            {
                await scheduler.DeleteJob(key, cancellationToken).ConfigureAwait(false);
                if (id is { } removed && _made.Remove(removed))
                {
                    LogRemoved(logger, removed);
                }
            }
        }

        foreach (var schedule in wanted.Values)
        {
            var signature = $"{schedule.Frequency}|{schedule.CreatedAt.UtcTicks}";
            if (_made.TryGetValue(schedule.Id, out var made) && made == signature)
            {
                continue;
            }

            await MakeTriggerAsync(scheduler, schedule, cancellationToken).ConfigureAwait(false);
            _made[schedule.Id] = signature;
        }
    }

    private async Task MakeTriggerAsync(IScheduler scheduler, Schedule schedule, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var zone = time.LocalTimeZone;
        var next = calendar.NextRunAfter(schedule.Frequency, schedule.CreatedAt, now, zone);
        var job = JobOf(schedule.Id);
        var triggers = new List<ITrigger>();
        if (next is { } first)
        {
            var trigger = TriggerBuilder.Create()
                .WithIdentity($"schedule-{schedule.Id}", RunScheduleJob.Group)
                .ForJob(job)
                .StartAt(first);
            trigger = schedule.Frequency.Kind == ScheduleFrequencyKind.EveryMinutes
                ? trigger.WithSimpleSchedule(simple => simple
                    .WithInterval(TimeSpan.FromMinutes(schedule.Frequency.Minutes))
                    .RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                : trigger.WithCronSchedule(QuartzScheduleCalendar.CronOf(schedule.Frequency), cron => cron
                    .InTimeZone(zone)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed));
            triggers.Add(trigger.Build());
        }

        await scheduler.ScheduleJob(job, triggers, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var frequency = schedule.Frequency.Describe();
            LogMade(logger, schedule.Id, frequency, next);
        }

        var due = calendar.NextRunAfter(schedule.Frequency, schedule.CreatedAt, (schedule.LastRunStartedAt ?? schedule.CreatedAt).AddTicks(-1), zone);
        if (due is { } missed && missed <= now && schedule.RunningQueryId is null)
        {
            if (schedule.LastRunStartedAt is null)
            {
                LogFirstRun(logger, schedule.Id, missed);
            }
            else
            {
                LogCatchUp(logger, schedule.Id, missed);
            }

            await scheduler.TriggerJob(job.Key, null, cancellationToken).ConfigureAwait(false);
        }
    }

    private static IJobDetail JobOf(int scheduleId) => JobBuilder.Create<RunScheduleJob>()
        .WithIdentity(RunScheduleJob.KeyFor(scheduleId))
        .UsingJobData(RunScheduleJob.ScheduleIdKey, scheduleId)
        .StoreDurably()
        .Build();

    private static int? IdOf(JobKey key) =>
        key.Name.StartsWith("schedule-", StringComparison.Ordinal) && int.TryParse(key.Name["schedule-".Length..], out var id) ? id : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule {ScheduleId}: trigger {Frequency}, next run {NextRun}")]
    private static partial void LogMade(ILogger logger, int scheduleId, string frequency, DateTimeOffset? nextRun);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule {ScheduleId}: the run due at {Due} was missed; running it now")]
    private static partial void LogCatchUp(ILogger logger, int scheduleId, DateTimeOffset due);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule {ScheduleId}: its first run was due at {Due}; running it now")]
    private static partial void LogFirstRun(ILogger logger, int scheduleId, DateTimeOffset due);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule {ScheduleId}: trigger removed")]
    private static partial void LogRemoved(ILogger logger, int scheduleId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule {ScheduleId}: run now requested")]
    private static partial void LogRunNow(ILogger logger, int scheduleId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The schedules could not be compared with the database")]
    private static partial void LogReconcileFailed(ILogger logger, Exception exception);
}
