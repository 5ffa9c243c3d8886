using System.Globalization;

namespace OpenRem.Testing.Peers;

/// <summary>
/// Move destinations (AE title → port on 127.0.0.1) as the start scripts take them: the first one as
/// MOVE_DEST_AET plus the MOVE_DEST_PORT argument, the others in EXTRA_MOVE_DESTS="AET:PORT ...".
/// Without destinations the scripts would configure OPENREM_STORE at the fixed port 11113, which may belong to
/// someone else on a shared machine; the harness puts an unreachable placeholder there instead
/// (<see cref="PlaceholderAeTitle"/> at 127.0.0.1:9, where nothing listens).
/// </summary>
internal static class MoveDestinationList
{
    public const string PlaceholderAeTitle = "NO_DESTINATION";
    private const string PlaceholderPort = "9";

    /// <summary>Environment variables for the start script, and the MOVE_DEST_PORT argument.</summary>
    public static (Dictionary<string, string> Environment, string FirstPort) ForScripts(IReadOnlyDictionary<string, int> destinations)
    {
        ArgumentNullException.ThrowIfNull(destinations);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        var list = destinations.ToList();
        foreach (var (aeTitle, port) in list)
        {
            if (aeTitle.Length is 0 or > 16 || aeTitle.Any(c => char.IsWhiteSpace(c) || c is ':' or '\\'))
            {
                throw new ArgumentException($"'{aeTitle}' is not a usable move destination AE title (1-16 characters, no blanks, ':' or '\\').", nameof(destinations));
            }

            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(port, nameof(destinations));
        }

        environment["MOVE_DEST_HOST"] = "127.0.0.1";
        if (list.Count == 0)
        {
            environment["MOVE_DEST_AET"] = PlaceholderAeTitle;
            environment["EXTRA_MOVE_DESTS"] = "";
            return (environment, PlaceholderPort);
        }

        environment["MOVE_DEST_AET"] = list[0].Key;
        environment["EXTRA_MOVE_DESTS"] = string.Join(' ', list.Skip(1).Select(pair => $"{pair.Key}:{pair.Value.ToString(CultureInfo.InvariantCulture)}"));
        return (environment, list[0].Value.ToString(CultureInfo.InvariantCulture));
    }
}
