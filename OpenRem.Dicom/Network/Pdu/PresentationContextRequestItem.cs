namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// A presentation context item of an A-ASSOCIATE-RQ (0x20, PS3.8 §9.3.2.2): an odd ID, one abstract syntax
/// sub-item (0x30) and one or more transfer syntax sub-items (0x40), in the order of preference. Sub-items of
/// other types are skipped when decoding and not kept.
/// </summary>
public sealed class PresentationContextRequestItem : PduItem
{
    private const int FixedLength = 4;

    public PresentationContextRequestItem(byte id, string abstractSyntax, IEnumerable<string> transferSyntaxes)
        : this(
            PresentationContextIds.Require(id, nameof(id)),
            0,
            PduText.RequireUid(abstractSyntax, nameof(abstractSyntax)),
            RequireTransferSyntaxes(transferSyntaxes),
            default(SkipValidation))
    {
    }

    private PresentationContextRequestItem(byte id, int reserved, string abstractSyntax, IReadOnlyList<string> transferSyntaxes, SkipValidation _)
        : base(ComputeValueLength(abstractSyntax, transferSyntaxes))
    {
        Id = id;
        Reserved = reserved;
        AbstractSyntax = abstractSyntax;
        TransferSyntaxes = transferSyntaxes;
    }

    public override PduItemType ItemType => PduItemType.PresentationContextRequest;

    /// <summary>The presentation context ID, odd, 1-255.</summary>
    public byte Id { get; }

    /// <summary>
    /// The three reserved bytes after the ID, big-endian, as received (DCMTK sends 0x00FF00); zero when built here.
    /// Never interpreted; kept so that a decoded item re-encodes byte for byte.
    /// </summary>
    public int Reserved { get; }

    /// <summary>The abstract syntax (SOP class) UID.</summary>
    public string AbstractSyntax { get; }

    /// <summary>The proposed transfer syntax UIDs, in the proposer's order.</summary>
    public IReadOnlyList<string> TransferSyntaxes { get; }

    public override string ToString() => $"presentation context {Id}: {AbstractSyntax} [{string.Join(", ", TransferSyntaxes)}]";

    internal static PresentationContextRequestItem Decode(ReadOnlySpan<byte> value)
    {
        if (value.Length < FixedLength)
        {
            throw new DicomPduException($"A presentation context item of an A-ASSOCIATE-RQ needs at least {FixedLength} bytes; it has {value.Length}.");
        }

        var id = PresentationContextIds.RequireDecoded(value[0]);
        var reserved = (value[1] << 16) | (value[2] << 8) | value[3];
        string? abstractSyntax = null;
        var transferSyntaxes = new List<string>(1);
        var cursor = new PduItemCursor(value[FixedLength..], $"presentation context item {id}");
        while (cursor.TryRead(out var type, out var subItem))
        {
            if (type == PduItemType.AbstractSyntax)
            {
                if (abstractSyntax is not null)
                {
                    throw new DicomPduException($"Presentation context {id} has more than one abstract syntax sub-item.");
                }

                abstractSyntax = PduText.DecodeUid(subItem, "abstract syntax");
            }
            else if (type == PduItemType.TransferSyntax)
            {
                transferSyntaxes.Add(PduText.DecodeUid(subItem, "transfer syntax"));
            }
        }

        if (abstractSyntax is null)
        {
            throw new DicomPduException($"Presentation context {id} has no abstract syntax sub-item.");
        }

        if (transferSyntaxes.Count == 0)
        {
            throw new DicomPduException($"Presentation context {id} proposes no transfer syntax.");
        }

        return new PresentationContextRequestItem(id, reserved, abstractSyntax, transferSyntaxes, default);
    }

    private protected override void WriteValue(Span<byte> value)
    {
        value[0] = Id;
        value[1] = (byte)(Reserved >> 16);
        value[2] = (byte)(Reserved >> 8);
        value[3] = (byte)Reserved;
        var offset = FixedLength;
        offset += WriteUidSubItem(value[offset..], PduItemType.AbstractSyntax, AbstractSyntax);
        foreach (var transferSyntax in TransferSyntaxes)
        {
            offset += WriteUidSubItem(value[offset..], PduItemType.TransferSyntax, transferSyntax);
        }
    }

    private static int ComputeValueLength(string abstractSyntax, IReadOnlyList<string> transferSyntaxes)
    {
        var length = FixedLength + HeaderLength + abstractSyntax.Length;
        foreach (var transferSyntax in transferSyntaxes)
        {
            length += HeaderLength + transferSyntax.Length;
        }

        return length;
    }

    private static string[] RequireTransferSyntaxes(IEnumerable<string> transferSyntaxes)
    {
        ArgumentNullException.ThrowIfNull(transferSyntaxes);
        var list = transferSyntaxes.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A presentation context proposes at least one transfer syntax.", nameof(transferSyntaxes));
        }

        foreach (var transferSyntax in list)
        {
            PduText.RequireUid(transferSyntax, nameof(transferSyntaxes));
        }

        return list;
    }
}
