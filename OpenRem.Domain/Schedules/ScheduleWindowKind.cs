namespace OpenRem.Domain.Schedules;

/// <summary>How a schedule's study window is measured back from the run time.</summary>
public enum ScheduleWindowKind
{
    /// <summary>The last N hours before the run.</summary>
    LastHours,

    /// <summary>The last N days (of 24 hours) before the run.</summary>
    LastDays,

    /// <summary>From local midnight of the run's date until the run.</summary>
    Today,

    /// <summary>The whole local date before the run's date.</summary>
    Yesterday,
}
