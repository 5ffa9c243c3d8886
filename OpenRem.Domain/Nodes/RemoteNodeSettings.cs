namespace OpenRem.Domain.Nodes;

/// <summary>What a user enters for a remote query-retrieve node, before it is validated.</summary>
public sealed record RemoteNodeSettings
{
    /// <summary>The most associations a node may be given at once.</summary>
    public const int MaxParallelAssociationsLimit = 16;

    /// <summary>A friendly name, unique among remote nodes.</summary>
    public string? Name { get; init; }

    /// <summary>The remote node's AE title: the called AE title of echo, find and move.</summary>
    public string? AeTitle { get; init; }

    /// <summary>Our AE title towards this node for echo and find; blank means <see cref="RemoteNode.DefaultCallingAeTitle"/>.</summary>
    public string? CallingAeTitle { get; init; }

    /// <summary>Host name or IP address of the node.</summary>
    public string? Host { get; init; }

    /// <summary>TCP port of the node.</summary>
    public int? Port { get; init; }

    /// <summary>Some archives need an empty Modality key in study-level queries; others return nothing when it is there.</summary>
    public bool UseModalityTagAtStudyLevel { get; init; }

    /// <summary>Connect and response timeouts.</summary>
    public AssociationTimeouts Timeouts { get; init; } = AssociationTimeouts.Default;

    /// <summary>How many associations may be open to this node at the same time (1 to 16).</summary>
    public int MaxParallelAssociations { get; init; } = 1;

    /// <summary>Every reason these settings are not acceptable; empty when they are.</summary>
    /// <param name="otherNodeNames">The names of the other remote nodes (not of the node being edited).</param>
    public IReadOnlyList<NodeSettingError> Validate(IEnumerable<string> otherNodeNames)
    {
        var errors = new List<NodeSettingError>();
        errors.AddRange(NodeFieldRules.Name(nameof(Name), Name, otherNodeNames));
        errors.AddRange(NodeFieldRules.AeTitle(nameof(AeTitle), AeTitle));
        if (!string.IsNullOrWhiteSpace(CallingAeTitle))
        {
            errors.AddRange(NodeFieldRules.AeTitle(nameof(CallingAeTitle), CallingAeTitle));
        }

        errors.AddRange(NodeFieldRules.Host(nameof(Host), Host));
        errors.AddRange(NodeFieldRules.Port(nameof(Port), Port));
        errors.AddRange(Timeouts.Validate());
        if (MaxParallelAssociations is < 1 or > MaxParallelAssociationsLimit)
        {
            errors.Add(new NodeSettingError(
                nameof(MaxParallelAssociations), "The number of parallel associations lies between 1 and 16."));
        }

        return errors;
    }
}
