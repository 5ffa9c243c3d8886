using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// Reads the dates and times of the <c>qr</c> command line as openrem_qr.py does: a date is year-month-day with a
/// four-digit year and one- or two-digit month and day (<c>2024-03-05</c>, <c>2024-3-5</c>); a time is hours and
/// minutes without separator (<c>0930</c>, <c>930</c>), matched the way a <c>%H%M</c> pattern matches, so
/// <c>123</c> is 12:03. A time may also be written with a colon (<c>09:30</c>).
/// </summary>
internal static partial class QrDateTimeText
{
    /// <summary>The date in <paramref name="text"/>, or null when it is not a real year-month-day date.</summary>
    public static DateOnly? ParseDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = DatePattern().Match(text);
        if (!match.Success || match.Length != text.Length)
        {
            return null;
        }

        var year = Number(match.Groups["year"].Value);
        var month = Number(match.Groups["month"].Value);
        var day = Number(match.Groups["day"].Value);
        return year >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The time of day in <paramref name="text"/>, or null when it is not hours and minutes.</summary>
    public static TimeOnly? ParseTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = TimePattern().Match(text);
        if (!match.Success || match.Length != text.Length)
        {
            match = ColonTimePattern().Match(text);
            if (!match.Success)
            {
                return null;
            }
        }

        return new TimeOnly(Number(match.Groups["hour"].Value), Number(match.Groups["minute"].Value));
    }

    private static int Number(string digits) => int.Parse(digits.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);

    // As a %Y-%m-%d pattern: the first match from the start, which must then cover the whole text.
    [GeneratedRegex(@"\A(?<year>[0-9]{4})-(?<month>1[0-2]|0[1-9]|[1-9])-(?<day>3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    // As a %H%M pattern: the first match from the start, which must then cover the whole text.
    [GeneratedRegex(@"\A(?<hour>2[0-3]|[01][0-9]|[0-9])(?<minute>[0-5][0-9]|[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"\A(?<hour>2[0-3]|[01]?[0-9]):(?<minute>[0-5][0-9])\z", RegexOptions.CultureInvariant)]
    private static partial Regex ColonTimePattern();
}
