namespace OpenRem.Domain.Nodes;

/// <summary>
/// Where retrieved objects go: the remote archive is asked to send them to this node's AE title. Either this
/// application runs the store on <see cref="Port"/>, or an external store is reached at <see cref="Host"/>.
/// </summary>
public sealed class StoreNode
{
    private StoreNode()
    {
        Name = string.Empty;
        AeTitle = null!;
    }

    /// <summary>Database identity; 0 until stored.</summary>
    public int Id { get; private set; }

    /// <summary>Friendly name, unique among store nodes.</summary>
    public string Name { get; private set; }

    /// <summary>The move destination AE title, also our calling AE title on the move association.</summary>
    public AeTitle AeTitle { get; private set; }

    /// <summary>TCP port the store listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Whether this application runs the store.</summary>
    public StoreNodeKind Kind { get; private set; }

    /// <summary>Host of an external store; null when this application runs it.</summary>
    public NetworkHost? Host { get; private set; }

    /// <summary>The calling AE titles the store accepts when this application runs it; empty accepts any.</summary>
    public IReadOnlyList<string> AllowedCallingAeTitles { get; private set; } = [];

    /// <summary>Creates a node; throws <see cref="InvalidNodeSettingsException"/> when the settings do not validate.</summary>
    public static StoreNode Create(StoreNodeSettings settings, IEnumerable<string> otherNodeNames)
    {
        var node = new StoreNode();
        node.Update(settings, otherNodeNames);
        return node;
    }

    /// <summary>Changes the node; throws <see cref="InvalidNodeSettingsException"/> when the settings do not validate.</summary>
    public void Update(StoreNodeSettings settings, IEnumerable<string> otherNodeNames)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = settings.Validate(otherNodeNames);
        if (errors.Count > 0)
        {
            throw new InvalidNodeSettingsException(errors);
        }

        Name = settings.Name!.Trim();
        AeTitle = AeTitle.Parse(settings.AeTitle);
        Port = settings.Port!.Value;
        Kind = settings.Kind;
        Host = Kind == StoreNodeKind.External ? NetworkHost.Parse(settings.Host) : null;
        AllowedCallingAeTitles = (settings.AllowedCallingAeTitles ?? []).Select(title => AeTitle.Parse(title).Value).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The current values, ready to edit.</summary>
    public StoreNodeSettings ToSettings() => new()
    {
        Name = Name,
        AeTitle = AeTitle.Value,
        Port = Port,
        Kind = Kind,
        Host = Host?.Value,
        AllowedCallingAeTitles = [.. AllowedCallingAeTitles],
    };

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({AeTitle}:{Port})";
}
