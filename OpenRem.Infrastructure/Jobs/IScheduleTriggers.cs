namespace OpenRem.Infrastructure.Jobs;

/// <summary>The scheduler's triggers of the schedules, kept equal to the database.</summary>
public interface IScheduleTriggers
{
    /// <summary>Compares the triggers with the database now (call after changing a schedule), instead of at the next interval.</summary>
    void Reconcile();

    /// <summary>Runs the schedule now, as its trigger would (never beside a run of it already going on).</summary>
    Task RunNowAsync(int scheduleId, CancellationToken cancellationToken);
}
