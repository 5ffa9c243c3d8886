using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenRem.Domain.Schedules;

/// <summary>
/// How often a schedule runs: every N minutes, hourly at minute M, daily at a local time, or a Quartz cron expression
/// (six or seven fields, seconds first, e.g. <c>0 5 * * * ?</c>). The structure is checked here; whether a cron
/// expression is valid is answered by <see cref="Ports.IScheduleCalendar.CronError"/>. <see cref="ToString"/> gives a
/// text that <see cref="Parse"/> reads back (the form the database keeps).
/// </summary>
public sealed partial record ScheduleFrequency
{
    /// <summary>The longest interval: one week.</summary>
    public const int MaxIntervalMinutes = 7 * 24 * 60;

    private const string EveryPrefix = "every ";
    private const string HourlyPrefix = "hourly at ";
    private const string DailyPrefix = "daily at ";
    private const string CronPrefix = "cron ";

    private ScheduleFrequency(ScheduleFrequencyKind kind, int minutes, TimeOnly timeOfDay, string? cronExpression)
    {
        Kind = kind;
        Minutes = minutes;
        TimeOfDay = timeOfDay;
        CronExpression = cronExpression;
    }

    public ScheduleFrequencyKind Kind { get; }

    /// <summary>The interval in minutes (<see cref="ScheduleFrequencyKind.EveryMinutes"/>) or the minute of the hour (<see cref="ScheduleFrequencyKind.HourlyAt"/>).</summary>
    public int Minutes { get; }

    /// <summary>The local time of a daily schedule.</summary>
    public TimeOnly TimeOfDay { get; }

    /// <summary>The cron expression of a <see cref="ScheduleFrequencyKind.Cron"/> schedule, trimmed.</summary>
    public string? CronExpression { get; }

    /// <summary>Every <paramref name="minutes"/> minutes; <see cref="Validate"/> says whether that is allowed.</summary>
    public static ScheduleFrequency EveryMinutes(int minutes) => new(ScheduleFrequencyKind.EveryMinutes, minutes, default, null);

    /// <summary>Every hour at <paramref name="minute"/>; <see cref="Validate"/> says whether that is allowed.</summary>
    public static ScheduleFrequency HourlyAt(int minute) => new(ScheduleFrequencyKind.HourlyAt, minute, default, null);

    /// <summary>Every day at the local time <paramref name="time"/> (seconds are dropped).</summary>
    public static ScheduleFrequency DailyAt(TimeOnly time) => new(ScheduleFrequencyKind.DailyAt, 0, new TimeOnly(time.Hour, time.Minute), null);

    /// <summary>A Quartz cron expression; <see cref="Validate"/> checks its shape, the calendar its syntax.</summary>
    public static ScheduleFrequency Cron(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new ScheduleFrequency(ScheduleFrequencyKind.Cron, 0, default, string.Join(' ', expression.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
    }

    /// <summary>Reads an interval such as <c>1 minute</c>, <c>15 minutes</c>, <c>2 hours</c> or <c>1 hour</c> (any case).</summary>
    public static bool TryParseEvery(string? text, [NotNullWhen(true)] out ScheduleFrequency? frequency, out string error)
    {
        frequency = null;
        error = string.Empty;
        var match = EveryPattern().Match((text ?? string.Empty).Trim().ToLowerInvariant());
        if (!match.Success)
        {
            error = $"'{text}' is not an interval: write for example '1 minute', '15 minutes' or '2 hours'.";
            return false;
        }

        var count = int.TryParse(match.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? (long)parsed : long.MaxValue;
        var minutes = match.Groups["unit"].Value.StartsWith('h') ? count * 60 : count;
        if (minutes is < 1 or > MaxIntervalMinutes)
        {
            error = $"'{text}' is not an interval: it lies between 1 minute and {MaxIntervalMinutes / 60} hours.";
            return false;
        }

        frequency = EveryMinutes((int)minutes);
        return true;
    }

    /// <summary>Reads a local time of day <c>HH:mm</c> (24-hour clock) for a daily schedule.</summary>
    public static bool TryParseDailyAt(string? text, [NotNullWhen(true)] out ScheduleFrequency? frequency, out string error)
    {
        frequency = null;
        error = string.Empty;
        if (!TimeOnly.TryParseExact((text ?? string.Empty).Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            error = $"'{text}' is not a time of day: write it as HH:mm, for example 06:30.";
            return false;
        }

        frequency = DailyAt(time);
        return true;
    }

    /// <summary>Reads the text <see cref="ToString"/> writes; throws <see cref="FormatException"/> for any other.</summary>
    public static ScheduleFrequency Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith(CronPrefix, StringComparison.Ordinal))
        {
            return Cron(text[CronPrefix.Length..]);
        }

        if (text.StartsWith(HourlyPrefix, StringComparison.Ordinal)
            && int.TryParse(text[HourlyPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var minute))
        {
            return HourlyAt(minute);
        }

        if (text.StartsWith(DailyPrefix, StringComparison.Ordinal) && TryParseDailyAt(text[DailyPrefix.Length..], out var daily, out _))
        {
            return daily;
        }

        if (text.StartsWith(EveryPrefix, StringComparison.Ordinal) && TryParseEvery(text[EveryPrefix.Length..], out var every, out _))
        {
            return every;
        }

        throw new FormatException($"'{text}' is not a schedule frequency.");
    }

    /// <summary>Why this frequency cannot be used, or null when its structure is right (a cron expression's syntax is the calendar's to check).</summary>
    public string? Validate() => Kind switch
    {
        ScheduleFrequencyKind.EveryMinutes when Minutes is < 1 or > MaxIntervalMinutes =>
            $"The interval lies between 1 minute and {MaxIntervalMinutes / 60} hours.",
        ScheduleFrequencyKind.HourlyAt when Minutes is < 0 or > 59 => "The minute of the hour lies between 0 and 59.",
        ScheduleFrequencyKind.Cron when string.IsNullOrEmpty(CronExpression) => "A cron expression is required.",
        ScheduleFrequencyKind.Cron when CronExpression!.Split(' ').Length is < 6 or > 7 =>
            "A cron expression has 6 or 7 fields, seconds first (for example '0 5 * * * ?' at minute 5 of every hour).",
        _ => null,
    };

    /// <summary>For a person: "every 15 minutes", "every 2 hours", "hourly at minute 5", "daily at 06:30", "cron 0 5 * * * ?".</summary>
    public string Describe() => Kind switch
    {
        ScheduleFrequencyKind.EveryMinutes when Minutes == 1 => "every minute",
        ScheduleFrequencyKind.EveryMinutes when Minutes == 60 => "every hour",
        ScheduleFrequencyKind.EveryMinutes when Minutes % 60 == 0 => Invariant($"every {Minutes / 60} hours"),
        ScheduleFrequencyKind.EveryMinutes => Invariant($"every {Minutes} minutes"),
        ScheduleFrequencyKind.HourlyAt => Invariant($"hourly at minute {Minutes}"),
        ScheduleFrequencyKind.DailyAt => "daily at " + TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture),
        _ => "cron " + CronExpression,
    };

    /// <summary>The stored form: "every 15 minutes", "hourly at 5", "daily at 06:30", "cron 0 5 * * * ?".</summary>
    public override string ToString() => Kind switch
    {
        ScheduleFrequencyKind.EveryMinutes => Invariant($"{EveryPrefix}{Minutes} minutes"),
        ScheduleFrequencyKind.HourlyAt => Invariant($"{HourlyPrefix}{Minutes}"),
        ScheduleFrequencyKind.DailyAt => DailyPrefix + TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture),
        _ => CronPrefix + CronExpression,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^(?<count>[0-9]+) *(?<unit>minutes?|mins?|hours?)$", RegexOptions.CultureInvariant)]
    private static partial Regex EveryPattern();
}
