namespace OpenRem.Domain.Nodes;

/// <summary>What a user enters for a store node, before it is validated.</summary>
public sealed record StoreNodeSettings
{
    /// <summary>A friendly name, unique among store nodes.</summary>
    public string? Name { get; init; }

    /// <summary>The store's AE title: the move destination.</summary>
    public string? AeTitle { get; init; }

    /// <summary>The TCP port the store listens on.</summary>
    public int? Port { get; init; } = 104;

    /// <summary>Whether this application runs the store or it is external.</summary>
    public StoreNodeKind Kind { get; init; } = StoreNodeKind.RunByThisApp;

    /// <summary>Host of an external store; ignored when this application runs it.</summary>
    public string? Host { get; init; }

    /// <summary>
    /// The calling AE titles a store node run by this application accepts associations from; empty accepts any. The
    /// archives that send retrieved objects must be among them.
    /// </summary>
    public IReadOnlyList<string> AllowedCallingAeTitles { get; init; } = [];

    /// <summary>Equal when every setting is, the allowed calling AE titles compared in order.</summary>
    public bool Equals(StoreNodeSettings? other) =>
        other is not null
        && Name == other.Name
        && AeTitle == other.AeTitle
        && Port == other.Port
        && Kind == other.Kind
        && Host == other.Host
        && (AllowedCallingAeTitles ?? []).SequenceEqual(other.AllowedCallingAeTitles ?? [], StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, AeTitle, Port, Kind, Host, (AllowedCallingAeTitles ?? []).Count);

    /// <summary>Every reason these settings are not acceptable; empty when they are.</summary>
    /// <param name="otherNodeNames">The names of the other store nodes (not of the node being edited).</param>
    public IReadOnlyList<NodeSettingError> Validate(IEnumerable<string> otherNodeNames)
    {
        var errors = new List<NodeSettingError>();
        errors.AddRange(NodeFieldRules.Name(nameof(Name), Name, otherNodeNames));
        errors.AddRange(NodeFieldRules.AeTitle(nameof(AeTitle), AeTitle));
        errors.AddRange(NodeFieldRules.Port(nameof(Port), Port));
        if (Kind == StoreNodeKind.External)
        {
            errors.AddRange(NodeFieldRules.Host(nameof(Host), Host));
        }

        foreach (var allowed in AllowedCallingAeTitles ?? [])
        {
            errors.AddRange(NodeFieldRules.AeTitle(nameof(AllowedCallingAeTitles), allowed));
        }

        return errors;
    }
}
