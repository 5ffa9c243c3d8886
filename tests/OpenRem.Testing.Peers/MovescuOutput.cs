using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenRem.Testing.Peers;

/// <summary>
/// Reads movescu's debug log (<c>-d</c>): the DIMSE status and sub-operation counts of the C-MOVE-RSP that follows
/// "Received Final Move Response".
/// </summary>
internal static partial class MovescuOutput
{
    public static MoveResult? Parse(string log, TimeSpan elapsed)
    {
        var final = log.LastIndexOf("Received Final Move Response", StringComparison.Ordinal);
        if (final < 0)
        {
            return null;
        }

        var tail = log[final..];
        var status = Status().Match(tail);
        if (!status.Success)
        {
            return null;
        }

        var counts = Count().Matches(tail)
            .GroupBy(match => match.Groups["name"].Value, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => Number(group.First().Groups["value"].Value), StringComparer.Ordinal);
        return new MoveResult(
            ushort.Parse(status.Groups["code"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            status.Groups["text"].Value.Trim(),
            counts.GetValueOrDefault("Completed"),
            counts.GetValueOrDefault("Failed"),
            counts.GetValueOrDefault("Warning"),
            counts.GetValueOrDefault("Remaining"),
            elapsed,
            log);
    }

    private static int? Number(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    [GeneratedRegex(@"DIMSE Status\s*:\s*0x(?<code>[0-9A-Fa-f]{4}):?(?<text>.*)$", RegexOptions.Multiline)]
    private static partial Regex Status();

    [GeneratedRegex(@"(?<name>Remaining|Completed|Failed|Warning) Suboperations\s*:\s*(?<value>\d+|none)", RegexOptions.Multiline)]
    private static partial Regex Count();
}
