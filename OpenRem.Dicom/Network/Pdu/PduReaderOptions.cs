namespace OpenRem.Dicom.Network.Pdu;

/// <summary>Limits for <see cref="PduReader"/>. Lengths are PDU-length field values, the bytes after the 6-byte header.</summary>
public sealed class PduReaderOptions
{
    /// <summary>4 MiB.</summary>
    public const int DefaultMaxPduLength = 4 * 1024 * 1024;

    /// <summary>1 MiB: 128 presentation contexts with long UIDs fit in a few tens of KiB.</summary>
    public const int DefaultMaxAssociatePduLength = 1024 * 1024;

    public static PduReaderOptions Default { get; } = new();

    /// <summary>The largest PDU accepted; a header that claims more fails before any buffer is taken.</summary>
    public int MaxPduLength { get; init; } = DefaultMaxPduLength;

    /// <summary>The largest A-ASSOCIATE-RQ or -AC accepted (the lower of this and <see cref="MaxPduLength"/> applies).</summary>
    public int MaxAssociatePduLength { get; init; } = DefaultMaxAssociatePduLength;
}
