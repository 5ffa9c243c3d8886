using OpenRem.Domain.Ports;
using OpenRem.Domain.Schedules;

namespace OpenRem.Domain.Tests.Fakes;

/// <summary>
/// A calendar for Domain tests: the cron expressions listed as invalid are refused, every other is accepted; next runs
/// are computed for intervals only (the Quartz calendar is tested in Infrastructure).
/// </summary>
internal sealed class ListedCronCalendar(params string[] invalid) : IScheduleCalendar
{
    public DateTimeOffset? NextRunAfter(ScheduleFrequency frequency, DateTimeOffset anchor, DateTimeOffset after, TimeZoneInfo zone)
    {
        if (frequency.Kind != ScheduleFrequencyKind.EveryMinutes)
        {
            throw new NotSupportedException("This calendar computes interval runs only.");
        }

        var interval = TimeSpan.FromMinutes(frequency.Minutes);
        return after < anchor ? anchor : anchor + (interval * (((after - anchor).Ticks / interval.Ticks) + 1));
    }

    public string? CronError(string expression) => invalid.Contains(expression) ? $"'{expression}' is refused." : null;
}
