using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenRem.Testing.Peers;

/// <summary>
/// Reads the summary line of the load scripts: <c>stored=N failed=M (log FILE)</c> from load-dcmqrscp.sh and
/// <c>stored=N already=M failed=K</c> from load-orthanc.sh.
/// </summary>
internal static partial class LoadSummary
{
    public static (int Stored, int Already, int Failed, string? ScriptLog)? Parse(string output)
    {
        var match = SummaryLine().Matches(output).LastOrDefault();
        if (match is null)
        {
            return null;
        }

        var already = match.Groups["already"].Success ? Number(match.Groups["already"].Value) : 0;
        var log = match.Groups["log"].Success ? match.Groups["log"].Value : null;
        return (Number(match.Groups["stored"].Value), already, Number(match.Groups["failed"].Value), log);
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^stored=(?<stored>\d+)(?: already=(?<already>\d+))? failed=(?<failed>\d+)(?: \(log (?<log>\S+)\))?\s*$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();
}
