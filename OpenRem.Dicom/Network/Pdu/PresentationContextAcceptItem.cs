namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// A presentation context item of an A-ASSOCIATE-AC (0x21, PS3.8 §9.3.3.2): the ID, the result and one transfer
/// syntax sub-item (0x40). The transfer syntax means something only when the result is acceptance; peers still
/// send one for rejected contexts (DCMTK sends Implicit VR Little Endian), and a missing one is tolerated there.
/// </summary>
public sealed class PresentationContextAcceptItem : PduItem
{
    private const int FixedLength = 4;

    public PresentationContextAcceptItem(byte id, DicomPresentationContextResult result, string? transferSyntax)
        : this(
            PresentationContextIds.Require(id, nameof(id)),
            0,
            RequireResult(result, transferSyntax),
            transferSyntax is null ? null : PduText.RequireUid(transferSyntax, nameof(transferSyntax)),
            default(SkipValidation))
    {
    }

    private PresentationContextAcceptItem(byte id, int reserved, DicomPresentationContextResult result, string? transferSyntax, SkipValidation _)
        : base(FixedLength + (transferSyntax is null ? 0 : HeaderLength + transferSyntax.Length))
    {
        Id = id;
        Reserved = reserved;
        Result = result;
        TransferSyntax = transferSyntax;
    }

    public override PduItemType ItemType => PduItemType.PresentationContextAccept;

    /// <summary>The presentation context ID the answer is for.</summary>
    public byte Id { get; }

    /// <summary>The two reserved bytes (before and after the result), as received; zero when built here. Never interpreted.</summary>
    public int Reserved { get; }

    public DicomPresentationContextResult Result { get; }

    /// <summary>The transfer syntax of the sub-item, or null when the item had none. Use it only when <see cref="Result"/> is acceptance.</summary>
    public string? TransferSyntax { get; }

    public override string ToString() =>
        $"presentation context {Id}: {Result.GetDescription()}" + (Result == DicomPresentationContextResult.Accept ? $", {TransferSyntax}" : string.Empty);

    internal static PresentationContextAcceptItem Decode(ReadOnlySpan<byte> value)
    {
        if (value.Length < FixedLength)
        {
            throw new DicomPduException($"A presentation context item of an A-ASSOCIATE-AC needs at least {FixedLength} bytes; it has {value.Length}.");
        }

        var id = PresentationContextIds.RequireDecoded(value[0]);
        var reserved = (value[1] << 8) | value[3];
        var result = (DicomPresentationContextResult)value[2];
        string? transferSyntax = null;
        var cursor = new PduItemCursor(value[FixedLength..], $"presentation context item {id}");
        while (cursor.TryRead(out var type, out var subItem))
        {
            if (type != PduItemType.TransferSyntax)
            {
                continue;
            }

            if (transferSyntax is not null)
            {
                throw new DicomPduException($"The answer for presentation context {id} has more than one transfer syntax sub-item.");
            }

            transferSyntax = PduText.DecodeUid(subItem, "transfer syntax");
        }

        if (result == DicomPresentationContextResult.Accept && transferSyntax is null)
        {
            throw new DicomPduException($"Presentation context {id} is accepted without a transfer syntax.");
        }

        return new PresentationContextAcceptItem(id, reserved, result, transferSyntax, default);
    }

    private protected override void WriteValue(Span<byte> value)
    {
        value[0] = Id;
        value[1] = (byte)(Reserved >> 8);
        value[2] = (byte)Result;
        value[3] = (byte)Reserved;
        if (TransferSyntax is not null)
        {
            WriteUidSubItem(value[FixedLength..], PduItemType.TransferSyntax, TransferSyntax);
        }
    }

    private static DicomPresentationContextResult RequireResult(DicomPresentationContextResult result, string? transferSyntax)
    {
        if (result == DicomPresentationContextResult.Proposed || (byte)result > (byte)DicomPresentationContextResult.RejectTransferSyntaxesNotSupported)
        {
            throw new ArgumentOutOfRangeException(nameof(result), result, "An A-ASSOCIATE-AC answers with results 0 to 4 only.");
        }

        if (result == DicomPresentationContextResult.Accept && transferSyntax is null)
        {
            throw new ArgumentException("An accepted presentation context names the transfer syntax it uses.", nameof(transferSyntax));
        }

        return result;
    }
}
