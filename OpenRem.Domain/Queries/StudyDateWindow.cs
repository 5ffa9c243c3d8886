using System.Globalization;

namespace OpenRem.Domain.Queries;

/// <summary>
/// The study dates a query asks for: from and until (either may be open), and on a single day (from equal to
/// until) optionally a time window. Times are whole minutes; the until minute is included to its last second.
/// </summary>
public sealed record StudyDateWindow(DateOnly? From, DateOnly? Until, TimeOnly? TimeFrom = null, TimeOnly? TimeUntil = null)
{
    private const string DateFormat = "yyyyMMdd";

    /// <summary>Every date: the archive is not restricted (can be slow on a large archive).</summary>
    public static StudyDateWindow AllDates { get; } = new(null, null);

    /// <summary>True when the window is one day.</summary>
    public bool IsSingleDay => From is not null && From == Until;

    /// <summary>From yesterday (by the local clock of <paramref name="time"/>) until today, the web form's default.</summary>
    public static StudyDateWindow FromYesterday(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new StudyDateWindow(Today(time).AddDays(-1), null);
    }

    /// <summary>One day, optionally from and until a time of day.</summary>
    public static StudyDateWindow SingleDay(DateOnly day, TimeOnly? from = null, TimeOnly? until = null) => new(day, day, from, until);

    /// <summary>The local date of <paramref name="time"/>: study dates are local dates of the archive's site.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetLocalNow().DateTime);
    }

    /// <summary>Every reason this window cannot be queried on <paramref name="today"/>; empty when it can.</summary>
    public IReadOnlyList<string> Validate(DateOnly today)
    {
        var errors = new List<string>();
        if (From is not null && Until is not null && From > Until)
        {
            errors.Add("Date from is after date until.");
        }

        if (From is not null && Until is null && From > today)
        {
            errors.Add("Date from is in the future.");
        }

        if ((TimeFrom is not null || TimeUntil is not null) && !IsSingleDay)
        {
            errors.Add("A time window needs a single date.");
        }

        if (TimeFrom is not null && TimeUntil is not null && TimeFrom > TimeUntil)
        {
            errors.Add("Time from is after time until.");
        }

        return errors;
    }

    /// <summary>
    /// The matching values for StudyDate and StudyTime, with <paramref name="today"/> closing a window open at the
    /// end. Call only on a window that validates.
    /// </summary>
    public StudyDateKeys ToKeys(DateOnly today)
    {
        var date = (From, Until) switch
        {
            (null, null) => string.Empty,
            ({ } day, { } until) when day == until => Format(day),
            ({ } from, null) => Format(from) + "-" + Format(today),
            (null, { } until) => "19000101-" + Format(until),
            ({ } from, { } until) => Format(from) + "-" + Format(until),
        };
        var time = IsSingleDay && (TimeFrom is not null || TimeUntil is not null)
            ? FormatStart(TimeFrom ?? TimeOnly.MinValue) + "-" + FormatEnd(TimeUntil ?? new TimeOnly(23, 59))
            : string.Empty;
        var text = date.Length == 0 ? "all dates" : time.Length == 0 ? date : date + " " + time;
        return new StudyDateKeys(date, time, text);
    }

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string FormatStart(TimeOnly time) => time.ToString("HHmm", CultureInfo.InvariantCulture) + "00";

    private static string FormatEnd(TimeOnly time) => time.ToString("HHmm", CultureInfo.InvariantCulture) + "59";
}
