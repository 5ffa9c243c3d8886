using Microsoft.Extensions.Hosting;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence.Schedules;
using OpenRem.Infrastructure.Running;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>
/// At start-up, after the database is migrated and before the scheduler runs any job: every query the database still
/// shows running was left so by a process that stopped without ending it, and is marked interrupted (its retrieve
/// can be resumed); a schedule whose run was one of them is freed to run again, with the run recorded as interrupted
/// (its covered window does not move, so the next run reaches back over it).
/// </summary>
internal sealed class InterruptedQueriesAtStart(InterruptedQuerySweep sweep, IScheduleRepository schedules, TimeProvider time) : IHostedService
{
    public const string ScheduleRunInterrupted = "interrupted: the application stopped while this run was going on";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var interrupted = (await sweep.RunAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        if (interrupted.Count == 0)
        {
            return;
        }

        foreach (var schedule in await schedules.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (schedule.RunningQueryId is { } queryId && interrupted.Contains(queryId))
            {
                var now = time.GetUtcNow();
                await schedules.RecordRunEndedAsync(schedule.Id, QueryState.Interrupted, ScheduleRunInterrupted, now, now, cancellationToken).ConfigureAwait(false);
                await schedules.ReleaseAsync(schedule.Id, queryId, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
