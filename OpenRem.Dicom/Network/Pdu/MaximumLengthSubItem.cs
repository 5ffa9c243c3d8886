using System.Buffers.Binary;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// The maximum length sub-item (0x51, PS3.8 Annex D.1): the largest PDU-length field of a P-DATA-TF PDU the
/// sender of this sub-item accepts. 0 means no limit.
/// </summary>
public sealed class MaximumLengthSubItem : PduItem
{
    private const int FixedLength = 4;

    public MaximumLengthSubItem(uint maximumLength)
        : base(FixedLength)
    {
        MaximumLength = maximumLength;
    }

    public override PduItemType ItemType => PduItemType.MaximumLength;

    /// <summary>The maximum length received; 0 means unlimited.</summary>
    public uint MaximumLength { get; }

    public override string ToString() => $"maximum length {MaximumLength}";

    internal static MaximumLengthSubItem Decode(ReadOnlySpan<byte> value)
    {
        var reader = new PduFieldReader(value, "maximum length sub-item");
        var maximumLength = reader.ReadUInt32();
        reader.RequireEnd();
        return new MaximumLengthSubItem(maximumLength);
    }

    private protected override void WriteValue(Span<byte> value) => BinaryPrimitives.WriteUInt32BigEndian(value, MaximumLength);
}
