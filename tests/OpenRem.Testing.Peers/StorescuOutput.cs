using System.Text.RegularExpressions;

namespace OpenRem.Testing.Peers;

/// <summary>Reads storescu's verbose log: store responses with success or warning status, and files it ignored.</summary>
internal static partial class StorescuOutput
{
    public static int Accepted(string log) => AcceptedResponse().Count(log);

    public static int Responses(string log) => AnyResponse().Count(log);

    public static int Ignored(string log) => IgnoredFile().Count(log);

    [GeneratedRegex(@"Received Store Response \((Success|Warning)", RegexOptions.Multiline)]
    private static partial Regex AcceptedResponse();

    [GeneratedRegex(@"Received Store Response", RegexOptions.Multiline)]
    private static partial Regex AnyResponse();

    [GeneratedRegex(@", ignoring file$", RegexOptions.Multiline)]
    private static partial Regex IgnoredFile();
}
