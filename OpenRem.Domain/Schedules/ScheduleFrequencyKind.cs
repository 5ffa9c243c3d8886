namespace OpenRem.Domain.Schedules;

/// <summary>How often a schedule runs.</summary>
public enum ScheduleFrequencyKind
{
    /// <summary>Every N minutes, counted from the schedule's creation.</summary>
    EveryMinutes,

    /// <summary>Every hour at minute M.</summary>
    HourlyAt,

    /// <summary>Every day at a local time.</summary>
    DailyAt,

    /// <summary>A Quartz cron expression (with a seconds field).</summary>
    Cron,
}
