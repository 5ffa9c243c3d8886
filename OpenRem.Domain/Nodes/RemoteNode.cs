namespace OpenRem.Domain.Nodes;

/// <summary>
/// A remote archive (PACS) we query and retrieve from. Created and changed only through validated
/// <see cref="RemoteNodeSettings"/>, so an instance always has a name, an AE title, a host and a port.
/// </summary>
public sealed class RemoteNode
{
    /// <summary>
    /// Our calling AE title for echo and find when the node names none. One default for both, so a PACS that
    /// accepts our queries also answers our echo.
    /// </summary>
    public const string DefaultCallingAeTitle = "OPENREMDEFAULT";

    private RemoteNode()
    {
        Name = string.Empty;
        AeTitle = null!;
        Host = null!;
        Timeouts = AssociationTimeouts.Default;
    }

    /// <summary>Database identity; 0 until stored.</summary>
    public int Id { get; private set; }

    /// <summary>Friendly name, unique among remote nodes.</summary>
    public string Name { get; private set; }

    /// <summary>The node's AE title (called AE title of echo, find and move).</summary>
    public AeTitle AeTitle { get; private set; }

    /// <summary>Our AE title towards this node as entered, or null for the default.</summary>
    public AeTitle? CallingAeTitle { get; private set; }

    /// <summary>Our AE title towards this node for echo and find.</summary>
    public AeTitle EffectiveCallingAeTitle => CallingAeTitle ?? AeTitle.Parse(DefaultCallingAeTitle);

    /// <summary>Host name or IP address.</summary>
    public NetworkHost Host { get; private set; }

    /// <summary>TCP port, 1 to 65535.</summary>
    public int Port { get; private set; }

    /// <summary>
    /// The node's study-level quirk: some archives (Impax 6.6, for one) need an empty Modality key in every
    /// study-level query, others return nothing when it is there. When set, the key is sent (empty, never a value).
    /// </summary>
    public bool UseModalityTagAtStudyLevel { get; private set; }

    /// <summary>Connect and response timeouts.</summary>
    public AssociationTimeouts Timeouts { get; private set; }

    /// <summary>How many associations may be open to this node at once.</summary>
    public int MaxParallelAssociations { get; private set; }

    /// <summary>Creates a node; throws <see cref="InvalidNodeSettingsException"/> when the settings do not validate.</summary>
    public static RemoteNode Create(RemoteNodeSettings settings, IEnumerable<string> otherNodeNames)
    {
        var node = new RemoteNode();
        node.Update(settings, otherNodeNames);
        return node;
    }

    /// <summary>Changes the node; throws <see cref="InvalidNodeSettingsException"/> when the settings do not validate.</summary>
    public void Update(RemoteNodeSettings settings, IEnumerable<string> otherNodeNames)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = settings.Validate(otherNodeNames);
        if (errors.Count > 0)
        {
            throw new InvalidNodeSettingsException(errors);
        }

        Name = settings.Name!.Trim();
        AeTitle = AeTitle.Parse(settings.AeTitle);
        CallingAeTitle = string.IsNullOrWhiteSpace(settings.CallingAeTitle) ? null : AeTitle.Parse(settings.CallingAeTitle);
        Host = NetworkHost.Parse(settings.Host);
        Port = settings.Port!.Value;
        UseModalityTagAtStudyLevel = settings.UseModalityTagAtStudyLevel;
        Timeouts = settings.Timeouts;
        MaxParallelAssociations = settings.MaxParallelAssociations;
    }

    /// <summary>The current values, ready to edit.</summary>
    public RemoteNodeSettings ToSettings() => new()
    {
        Name = Name,
        AeTitle = AeTitle.Value,
        CallingAeTitle = CallingAeTitle?.Value,
        Host = Host.Value,
        Port = Port,
        UseModalityTagAtStudyLevel = UseModalityTagAtStudyLevel,
        Timeouts = Timeouts,
        MaxParallelAssociations = MaxParallelAssociations,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({AeTitle}@{Host}:{Port})";
}
