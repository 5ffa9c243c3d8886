using System.Text.RegularExpressions;

namespace OpenRem.Testing.Peers;

/// <summary>Reads findscu's verbose log: the response files it wrote (<c>-X</c>) and its final status.</summary>
internal static partial class FindscuOutput
{
    public static IReadOnlyList<string> ResponseFiles(string log) =>
        [.. WrittenFile().Matches(log).Select(match => match.Groups["file"].Value.Trim())];

    /// <summary>The status in "Received Final Find Response (...)", or null when findscu got no final response.</summary>
    public static string? FinalStatus(string log) =>
        FinalResponse().Matches(log).LastOrDefault()?.Groups["status"].Value;

    [GeneratedRegex(@"Writing response dataset to file: (?<file>.+)$", RegexOptions.Multiline)]
    private static partial Regex WrittenFile();

    [GeneratedRegex(@"Received Final Find Response \((?<status>.*)\)\s*$", RegexOptions.Multiline)]
    private static partial Regex FinalResponse();
}
