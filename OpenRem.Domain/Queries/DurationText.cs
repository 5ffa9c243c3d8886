using System.Globalization;

namespace OpenRem.Domain.Queries;

/// <summary>A duration as a user reads it: "12.3 seconds", "4 minutes and 1 second", "1 hour and 20 minutes".</summary>
public static class DurationText
{
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.FromMinutes(1))
        {
            var seconds = Math.Round(duration.TotalSeconds, 1);
            return string.Create(CultureInfo.InvariantCulture, $"{seconds:0.0} {Plural(seconds == 1, "second")}");
        }

        return duration < TimeSpan.FromHours(1)
            ? Count(duration.Minutes, "minute") + " and " + Count(duration.Seconds, "second")
            : Count((int)duration.TotalHours, "hour") + " and " + Count(duration.Minutes, "minute");
    }

    /// <summary>"1 study", "3 studies", "2 series": a count with its noun.</summary>
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {Plural(count == 1, noun)}");

    private static string Plural(bool one, string noun) =>
        one || noun.EndsWith('s') ? noun : noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s";
}
