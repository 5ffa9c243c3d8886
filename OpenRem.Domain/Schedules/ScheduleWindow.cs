using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Schedules;

/// <summary>
/// The studies a schedule asks for, relative to the time it runs: "the last N hours", "the last N days", "today" or
/// "yesterday". Written as <c>last 2 hours</c>, <c>last hour</c>, <c>last 2 days</c>, <c>last day</c>, <c>today</c>,
/// <c>yesterday</c> (any case); <see cref="ToString"/> gives that text back.
/// </summary>
public sealed partial record ScheduleWindow
{
    /// <summary>The longest window measured in hours or days: a year.</summary>
    public const int MaxHours = 366 * 24;

    private ScheduleWindow(ScheduleWindowKind kind, int count)
    {
        Kind = kind;
        Count = count;
    }

    public ScheduleWindowKind Kind { get; }

    /// <summary>The number of hours or days; 1 for today and yesterday.</summary>
    public int Count { get; }

    public static ScheduleWindow Today { get; } = new(ScheduleWindowKind.Today, 1);

    public static ScheduleWindow Yesterday { get; } = new(ScheduleWindowKind.Yesterday, 1);

    /// <summary>The last <paramref name="hours"/> hours (1 up to a year).</summary>
    public static ScheduleWindow LastHours(int hours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hours, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hours, MaxHours);
        return new ScheduleWindow(ScheduleWindowKind.LastHours, hours);
    }

    /// <summary>The last <paramref name="days"/> days (1 up to a year).</summary>
    public static ScheduleWindow LastDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxHours / 24);
        return new ScheduleWindow(ScheduleWindowKind.LastDays, days);
    }

    /// <summary>Reads <paramref name="text"/>; false with the reason in <paramref name="error"/> when it is not a window.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ScheduleWindow? window, out string error)
    {
        window = null;
        error = string.Empty;
        var trimmed = string.Join(' ', (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();
        if (trimmed == "today")
        {
            window = Today;
            return true;
        }

        if (trimmed == "yesterday")
        {
            window = Yesterday;
            return true;
        }

        var match = LastPattern().Match(trimmed);
        if (!match.Success)
        {
            error = $"'{text}' is not a window: write 'last N hours', 'last hour', 'last N days', 'last day', 'today' or 'yesterday'.";
            return false;
        }

        var days = match.Groups["unit"].Value.StartsWith('d');
        var count = 1;
        if (match.Groups["count"].Success
            && !int.TryParse(match.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            count = int.MaxValue;
        }

        var hours = days ? (long)count * 24 : count;
        if (count < 1 || hours > MaxHours)
        {
            error = $"'{text}' is not a window: the number of {(days ? "days" : "hours")} lies between 1 and {(days ? MaxHours / 24 : MaxHours)}.";
            return false;
        }

        window = days ? LastDays(count) : LastHours(count);
        return true;
    }

    /// <summary>Reads <paramref name="text"/>; throws <see cref="FormatException"/> with the reason when it is not a window.</summary>
    public static ScheduleWindow Parse(string? text) =>
        TryParse(text, out var window, out var error) ? window : throw new FormatException(error);

    /// <summary>
    /// The window of a run at <paramref name="runAt"/>. Its start is moved back to <paramref name="coveredUntil"/> (the
    /// end of the last successful run's window) when that is earlier, so that nothing is missed after a failure or
    /// downtime. Local dates and times are those of <paramref name="zone"/> (the site's time zone), or of the run
    /// time's offset when no zone is given. Start and end on one local date ask for that date from the start minute
    /// to the minute before the end; on different dates, every whole date from the start's to the last covered one.
    /// </summary>
    public ResolvedScheduleWindow Resolve(DateTimeOffset runAt, DateTimeOffset? coveredUntil, TimeZoneInfo? zone = null)
    {
        var runLocal = Local(runAt, zone, runAt.Offset);
        var (start, end) = Kind switch
        {
            ScheduleWindowKind.LastHours => (runAt.AddHours(-Count), runAt),
            ScheduleWindowKind.LastDays => (runAt.AddDays(-Count), runAt),
            ScheduleWindowKind.Today => (Midnight(DateOnly.FromDateTime(runLocal.DateTime), zone, runAt.Offset), runAt),
            _ => (Midnight(DateOnly.FromDateTime(runLocal.DateTime).AddDays(-1), zone, runAt.Offset), Midnight(DateOnly.FromDateTime(runLocal.DateTime), zone, runAt.Offset)),
        };
        if (coveredUntil is { } covered && covered < start)
        {
            start = covered;
        }

        var firstLocal = Local(start, zone, runAt.Offset).DateTime;
        var lastLocal = Local(end > start ? end.AddTicks(-1) : start, zone, runAt.Offset).DateTime;
        var firstDate = DateOnly.FromDateTime(firstLocal);
        var lastDate = DateOnly.FromDateTime(lastLocal);
        var dates = firstDate == lastDate
            ? StudyDateWindow.SingleDay(firstDate, new TimeOnly(firstLocal.Hour, firstLocal.Minute), new TimeOnly(lastLocal.Hour, lastLocal.Minute))
            : new StudyDateWindow(firstDate, lastDate);
        return new ResolvedScheduleWindow(dates, start, end);
    }

    /// <summary>For a person: "the last 2 hours", "the last day", "today", "yesterday".</summary>
    public string Describe() => Kind is ScheduleWindowKind.Today or ScheduleWindowKind.Yesterday ? ToString() : "the " + ToString();

    /// <summary>The text <see cref="Parse"/> reads: "last 2 hours", "last hour", "last 3 days", "today"...</summary>
    public override string ToString() => Kind switch
    {
        ScheduleWindowKind.LastHours => Count == 1 ? "last hour" : string.Create(CultureInfo.InvariantCulture, $"last {Count} hours"),
        ScheduleWindowKind.LastDays => Count == 1 ? "last day" : string.Create(CultureInfo.InvariantCulture, $"last {Count} days"),
        ScheduleWindowKind.Today => "today",
        _ => "yesterday",
    };

    private static DateTimeOffset Local(DateTimeOffset instant, TimeZoneInfo? zone, TimeSpan fallbackOffset) =>
        zone is null ? instant.ToOffset(fallbackOffset) : TimeZoneInfo.ConvertTime(instant, zone);

    private static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo? zone, TimeSpan fallbackOffset)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        if (zone is null)
        {
            return new DateTimeOffset(local, fallbackOffset);
        }

        // A midnight skipped by a daylight-saving change starts the day at the first valid local time.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    [GeneratedRegex("^last(?: (?<count>[0-9]+) (?<unit>hours?|days?)| (?<unit>hour|day))$", RegexOptions.CultureInvariant)]
    private static partial Regex LastPattern();
}
