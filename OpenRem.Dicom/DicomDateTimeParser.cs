using System.Globalization;

namespace OpenRem.Dicom;

/// <summary>Parses DA (YYYYMMDD, and the old YYYY.MM.DD), TM (HH[MM[SS[.F{1,6}]]], old HH:MM:SS) and DT values.</summary>
internal static class DicomDateTimeParser
{
    public static DateTime Parse(string value, DicomVR vr)
    {
        var text = value.Trim();
        if (vr == DicomVR.DA)
        {
            return ParseDate(text.Replace(".", string.Empty, StringComparison.Ordinal));
        }

        if (vr == DicomVR.TM)
        {
            return DateTime.MinValue.Add(ParseTime(text.Replace(":", string.Empty, StringComparison.Ordinal)));
        }

        if (vr == DicomVR.DT)
        {
            var offsetAt = text.IndexOfAny(['+', '-'], Math.Min(4, text.Length));
            var local = offsetAt > 0 ? text[..offsetAt] : text;
            var date = local.Length >= 8 ? ParseDate(local[..8]) : new DateTime(int.Parse(local[..4], CultureInfo.InvariantCulture), local.Length >= 6 ? int.Parse(local[4..6], CultureInfo.InvariantCulture) : 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
            return local.Length > 8 ? date.Add(ParseTime(local[8..])) : date;
        }

        throw new FormatException($"{vr} is not a date or time VR.");
    }

    private static DateTime ParseDate(string text) =>
        DateTime.ParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None);

    private static TimeSpan ParseTime(string text)
    {
        var hours = int.Parse(text[..2], CultureInfo.InvariantCulture);
        var minutes = text.Length >= 4 ? int.Parse(text[2..4], CultureInfo.InvariantCulture) : 0;
        var seconds = text.Length >= 6 ? int.Parse(text[4..6], CultureInfo.InvariantCulture) : 0;
        var ticks = 0L;
        if (text.Length > 7 && text[6] == '.')
        {
            var fraction = text[7..].PadRight(7, '0')[..7];
            ticks = long.Parse(fraction, CultureInfo.InvariantCulture);
        }

        return new TimeSpan(0, hours, minutes, seconds).Add(TimeSpan.FromTicks(ticks));
    }
}
