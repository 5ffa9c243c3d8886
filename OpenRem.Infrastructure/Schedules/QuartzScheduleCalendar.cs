using System.Globalization;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Schedules;
using Quartz;

namespace OpenRem.Infrastructure.Schedules;

/// <summary>
/// The schedules' calendar on Quartz's cron expressions: hourly and daily schedules are the cron expressions they
/// amount to, resolved in the site's time zone; intervals count from the schedule's creation.
/// </summary>
public sealed class QuartzScheduleCalendar : IScheduleCalendar
{
    public DateTimeOffset? NextRunAfter(ScheduleFrequency frequency, DateTimeOffset anchor, DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(frequency);
        ArgumentNullException.ThrowIfNull(zone);
        if (frequency.Validate() is { } error)
        {
            throw new ArgumentException(error, nameof(frequency));
        }

        if (frequency.Kind == ScheduleFrequencyKind.EveryMinutes)
        {
            if (after < anchor)
            {
                return anchor;
            }

            var interval = TimeSpan.FromMinutes(frequency.Minutes);
            var elapsed = (after - anchor).Ticks / interval.Ticks;
            return anchor + (interval * (elapsed + 1));
        }

        return new CronExpression(CronOf(frequency), zone).GetNextValidTimeAfter(after);
    }

    public string? CronError(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        try
        {
            _ = CronExpression.Parse(expression);
            return null;
        }
        catch (FormatException exception)
        {
            return $"'{expression}' is not a valid Quartz cron expression: {exception.Message}";
        }
    }

    /// <summary>The cron expression an hourly, daily or cron schedule amounts to.</summary>
    internal static string CronOf(ScheduleFrequency frequency) => frequency.Kind switch
    {
        ScheduleFrequencyKind.HourlyAt => string.Create(CultureInfo.InvariantCulture, $"0 {frequency.Minutes} * * * ?"),
        ScheduleFrequencyKind.DailyAt => string.Create(CultureInfo.InvariantCulture, $"0 {frequency.TimeOfDay.Minute} {frequency.TimeOfDay.Hour} * * ?"),
        _ => frequency.CronExpression!,
    };
}
