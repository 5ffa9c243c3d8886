using OpenRem.Domain.Schedules;

namespace OpenRem.Domain.Ports;

/// <summary>When schedules run: next fire times, and whether a cron expression can be used.</summary>
public interface IScheduleCalendar
{
    /// <summary>
    /// The first run of <paramref name="frequency"/> strictly after <paramref name="after"/>, with local times in
    /// <paramref name="zone"/>; null when there is none (a cron expression whose times are all past). An interval
    /// counts from <paramref name="anchor"/> (the schedule's creation time), whose first run is the anchor itself.
    /// </summary>
    DateTimeOffset? NextRunAfter(ScheduleFrequency frequency, DateTimeOffset anchor, DateTimeOffset after, TimeZoneInfo zone);

    /// <summary>Why <paramref name="expression"/> is not a valid cron expression, or null when it is.</summary>
    string? CronError(string expression);
}
