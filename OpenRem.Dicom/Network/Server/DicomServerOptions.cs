using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRem.Dicom.Network.Server.Storage;

namespace OpenRem.Dicom.Network.Server;

/// <summary>What a <see cref="DicomServer"/> accepts, where its Store SCP writes, its limits and timeouts.</summary>
public sealed record DicomServerOptions
{
    /// <summary>256 KiB, the maximum P-DATA-TF length announced by default.</summary>
    public const uint DefaultMaximumPduLength = 262144;

    /// <summary>
    /// The AE title this server answers to (compared case-sensitively, without padding); null accepts any called AE
    /// title. A request for another title is rejected: permanent, service user, called AE title not recognised.
    /// </summary>
    public string? CalledAE { get; init; }

    /// <summary>
    /// The calling AE titles allowed to associate; null or empty allows any. Others are rejected: permanent, service
    /// user, calling AE title not recognised.
    /// </summary>
    public IReadOnlyCollection<string>? AllowedCallingAEs { get; init; }

    /// <summary>Open associations at most; one more is rejected transiently (service provider, local limit exceeded).</summary>
    public int MaxClientsAllowed { get; init; } = 16;

    /// <summary>The maximum P-DATA-TF length announced to requestors (0x51 sub-item).</summary>
    public uint MaximumPduLength { get; init; } = DefaultMaximumPduLength;

    /// <summary>How long a new connection may take to send its A-ASSOCIATE-RQ, and how long to wait for a close after a rejection or abort.</summary>
    public TimeSpan ArtimTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an established association may send nothing before it is aborted.</summary>
    public TimeSpan DimseIdleTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The folder received objects are written under; null when the server stores nothing (verification only).</summary>
    public string? StoreDirectory { get; init; }

    /// <summary>How received objects are named under <see cref="StoreDirectory"/>.</summary>
    public StorageLayout StorageLayout { get; init; } = StorageLayout.StudySeriesInstance;

    /// <summary>Whether each object is flushed to the disk (fsync) before it is acknowledged.</summary>
    public bool FlushToDisk { get; init; }

    /// <summary>SOP class UIDs accepted for storage besides every storage SOP class of the dictionary (private classes, say).</summary>
    public IReadOnlyCollection<string> AdditionalStorageSopClasses { get; init; } = [];

    /// <summary>
    /// How many stored-object notifications may wait for a reader of <see cref="DicomServer.ReceivedObjects"/>; more are
    /// dropped, or wait when <see cref="WaitForNotificationReader"/> is set.
    /// </summary>
    public int NotificationCapacity { get; init; } = 1024;

    /// <summary>
    /// When the notifications are full, the association that stored the object waits (and with it the sender, through
    /// TCP) until the reader has taken one, instead of the notification being dropped. For a reader that must see every
    /// object, such as an importer; a server whose notifications nobody reads must leave it off.
    /// </summary>
    public bool WaitForNotificationReader { get; init; }

    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>Opens the file sink of each received object instead of a file in the incoming folder (a failing device in tests).</summary>
    internal Func<StoreRequestContext, DicomStoreFileSink>? StoreSinkFactory { get; init; }

    /// <summary>The largest PDU accepted from a requestor: four times what was announced, at least 1 MiB (peers overshoot).</summary>
    internal int MaximumPduLengthAccepted =>
        MaximumPduLength == 0 ? int.MaxValue : (int)Math.Min(int.MaxValue, Math.Max(1024L * 1024, 4L * MaximumPduLength));
}
