namespace OpenRem.Testing.Peers;

/// <summary>How to start a <see cref="DcmqrscpPeer"/>; every member has a usable default.</summary>
public sealed record DcmqrscpOptions
{
    /// <summary>The called AE title dcmqrscp insists on (any calling AE title is accepted).</summary>
    public string AeTitle { get; init; } = "QRSCP";

    /// <summary>C-MOVE destinations: AE title → port on 127.0.0.1. AE titles are compared exactly (case matters).</summary>
    public IReadOnlyDictionary<string, int> MoveDestinations { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>
    /// DICOM files or folders to store with load-dcmqrscp.sh once it runs (which skips RF-RDSR-Siemens-Zee_adjusted.dcm:
    /// its SOP Instance UID is also in RF-RDSR-Siemens-Zee.dcm and a second store corrupts dcmqrscp's index).
    /// </summary>
    public IReadOnlyList<string> Samples { get; init; } = [];

    /// <summary>The port; null picks a free one.</summary>
    public int? Port { get; init; }

    /// <summary>Studies kept before the oldest is deleted; at most 499 (dcmqrscp 3.6.7 crashes on the 501st with 500).</summary>
    public int MaxStudies { get; init; } = 499;

    /// <summary>dcmqrscp's built-in negotiation instead of the scripts' profile: C-GET works, RRDSR cannot be moved.</summary>
    public bool DefaultNegotiation { get; init; }

    /// <summary>Extra dcmqrscp options (DCMQRSCP_ARGS), such as <c>+U8</c> or <c>-XF</c>.</summary>
    public string ExtraArguments { get; init; } = "";

    /// <summary>The work directory; null makes a temporary one that is deleted on dispose.</summary>
    public string? WorkDirectory { get; init; }

    /// <summary>Keeps a temporary work directory (logs, storage) after dispose.</summary>
    public bool KeepWorkDirectory { get; init; }

    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan LoadTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long dispose waits after SIGTERM before SIGKILL.</summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(10);
}
