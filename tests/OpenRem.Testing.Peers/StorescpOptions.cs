namespace OpenRem.Testing.Peers;

/// <summary>How to start a <see cref="StorescpPeer"/>; every member has a usable default.</summary>
public sealed record StorescpOptions
{
    /// <summary>storescp's AE title (it accepts any called AE title anyway).</summary>
    public string AeTitle { get; init; } = "OPENREM_STORE";

    /// <summary>
    /// Bit-preserving mode (<c>+B</c>): each object is written to disk exactly as received while it arrives, instead of
    /// being kept whole in memory and re-encoded.
    /// </summary>
    public bool BitPreserving { get; init; }

    /// <summary>Where received files go (flat, named &lt;modality&gt;.&lt;SOP Instance UID&gt;); null: incoming/ in the work directory.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Extra storescp options (STORESCP_ARGS), separated by blanks.</summary>
    public string ExtraArguments { get; init; } = "";

    /// <summary>The port; null picks a free one.</summary>
    public int? Port { get; init; }

    /// <summary>The work directory; null makes a temporary one that is deleted on dispose.</summary>
    public string? WorkDirectory { get; init; }

    /// <summary>Keeps a temporary work directory (log, received files) after dispose.</summary>
    public bool KeepWorkDirectory { get; init; }

    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long dispose waits after SIGTERM before SIGKILL.</summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(10);
}
