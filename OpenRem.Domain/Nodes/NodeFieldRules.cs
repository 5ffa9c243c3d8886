namespace OpenRem.Domain.Nodes;

/// <summary>The checks shared by remote and store nodes: name, AE title, host and port.</summary>
internal static class NodeFieldRules
{
    public const int MaxNameLength = 64;

    public static IEnumerable<NodeSettingError> Name(string field, string? name, IEnumerable<string> otherNames)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            yield return new NodeSettingError(field, "A name is required.");
            yield break;
        }

        if (trimmed.Length > MaxNameLength)
        {
            yield return new NodeSettingError(field, "A name has at most 64 characters.");
        }

        if (otherNames.Any(other => string.Equals(other.Trim(), trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            yield return new NodeSettingError(field, "Another node already has this name.");
        }
    }

    public static IEnumerable<NodeSettingError> AeTitle(string field, string? text)
    {
        var error = Nodes.AeTitle.Validate(text);
        if (error is not null)
        {
            yield return new NodeSettingError(field, error);
        }
    }

    public static IEnumerable<NodeSettingError> Host(string field, string? text)
    {
        var error = NetworkHost.Validate(text);
        if (error is not null)
        {
            yield return new NodeSettingError(field, error);
        }
    }

    public static IEnumerable<NodeSettingError> Port(string field, int? port)
    {
        if (port is null)
        {
            yield return new NodeSettingError(field, "A port is required.");
        }
        else if (port is < 1 or > 65535)
        {
            yield return new NodeSettingError(field, "A port lies between 1 and 65535.");
        }
    }
}
