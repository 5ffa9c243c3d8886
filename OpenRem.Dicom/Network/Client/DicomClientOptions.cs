using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OpenRem.Dicom.Network.Client;

/// <summary>Timeouts, limits and logging of a <see cref="DicomClient"/>.</summary>
public sealed record DicomClientOptions
{
    /// <summary>256 KiB, the maximum P-DATA-TF length this side accepts by default.</summary>
    public const uint DefaultMaximumPduLength = 262144;

    public static DicomClientOptions Default { get; } = new();

    /// <summary>How long establishing the TCP connection may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the peer may take to answer the A-ASSOCIATE-RQ.</summary>
    public TimeSpan AssociationRequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the peer may send no PDU at all while a response is awaited.</summary>
    public TimeSpan DimseIdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest a C-MOVE may take from request to final response; null for no limit.</summary>
    public TimeSpan? TotalMoveTimeout { get; init; }

    /// <summary>How long the peer may take to send the final response after a C-CANCEL before the association is aborted.</summary>
    public TimeSpan CancelResponseTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the peer may take to answer the A-RELEASE-RQ before the association is aborted.</summary>
    public TimeSpan ReleaseTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The maximum P-DATA-TF length announced to the peer (0x51 sub-item).</summary>
    public uint MaximumPduLength { get; init; } = DefaultMaximumPduLength;

    /// <summary>The largest identifier (C-FIND/C-MOVE response data set) accepted; larger ones abort the association.</summary>
    public int MaximumIdentifierLength { get; init; } = 4 * 1024 * 1024;

    /// <summary>How many received responses may wait for a slow consumer before the client stops reading from the socket.</summary>
    public int ResponseBufferCapacity { get; init; } = 32;

    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>The largest PDU accepted from the peer: four times what was announced, at least 1 MiB (peers overshoot).</summary>
    internal int MaximumPduLengthAccepted =>
        MaximumPduLength == 0 ? int.MaxValue : (int)Math.Min(int.MaxValue, Math.Max(1024L * 1024, 4L * MaximumPduLength));
}
