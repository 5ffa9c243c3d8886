namespace OpenRem.Infrastructure.Schedules;

/// <summary>Settings of scheduled runs (section <c>OpenRem:Schedules</c>).</summary>
public sealed class ScheduleRunOptions
{
    public const string SectionName = "OpenRem:Schedules";

    /// <summary>
    /// How long a run may hold a schedule's claim before another run takes it over, taking the first run's process
    /// to have died. Longer than any real run.
    /// </summary>
    public TimeSpan StaleClaimAfter { get; set; } = TimeSpan.FromHours(12);
}
