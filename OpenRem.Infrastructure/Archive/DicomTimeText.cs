using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OpenRem.Infrastructure.Archive;

/// <summary>
/// Parses a TM value as archives send it: <c>HH</c>, <c>HHMM</c>, <c>HHMMSS</c>, <c>HHMMSS.F</c> to six fraction digits,
/// also the old <c>HH:MM:SS</c> form; a UTC offset some archives append (<c>+hhmm</c>, <c>-hhmm</c>) is ignored. Second 60
/// (a leap second) reads as 59.999999.
/// </summary>
internal static class DicomTimeText
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out TimeOnly? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        var offsetAt = value.IndexOfAny(['+', '-']);
        if (offsetAt >= 0)
        {
            value = value[..offsetAt];
        }

        value = value.Replace(":", string.Empty, StringComparison.Ordinal);
        var fractionAt = value.IndexOf('.', StringComparison.Ordinal);
        var whole = fractionAt >= 0 ? value[..fractionAt] : value;
        var fraction = fractionAt >= 0 ? value[(fractionAt + 1)..] : string.Empty;
        if (whole.Length is not (2 or 4 or 6) || !whole.All(char.IsAsciiDigit)
            || fraction.Length > 6 || !fraction.All(char.IsAsciiDigit) || (fractionAt >= 0 && whole.Length != 6))
        {
            return false;
        }

        var hour = Number(whole, 0);
        var minute = whole.Length >= 4 ? Number(whole, 2) : 0;
        var second = whole.Length == 6 ? Number(whole, 4) : 0;
        var microseconds = fraction.Length == 0 ? 0 : int.Parse(fraction.PadRight(6, '0'), CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        if (second == 60)
        {
            (second, microseconds) = (59, 999_999);
        }

        time = new TimeOnly(hour, minute, second).Add(TimeSpan.FromMicroseconds(microseconds));
        return true;
    }

    private static int Number(string digits, int start) => int.Parse(digits.AsSpan(start, 2), CultureInfo.InvariantCulture);
}
