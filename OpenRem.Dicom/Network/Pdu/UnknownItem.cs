namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// An item or sub-item this codec does not interpret (PS3.8 §9.3.1: unknown items are skipped). Its value is kept
/// as received so that a decoded PDU re-encodes byte for byte.
/// </summary>
public sealed class UnknownItem : PduItem
{
    private readonly byte[] _value;

    public UnknownItem(byte itemType, ReadOnlySpan<byte> value)
        : base(value.Length)
    {
        RawItemType = itemType;
        _value = value.ToArray();
    }

    public override PduItemType ItemType => (PduItemType)RawItemType;

    /// <summary>The item type byte as received.</summary>
    public byte RawItemType { get; }

    /// <summary>The value bytes, a private copy.</summary>
    public ReadOnlyMemory<byte> Value => _value;

    public override string ToString() => $"item 0x{RawItemType:X2} ({ValueLength} bytes, not interpreted)";

    private protected override void WriteValue(Span<byte> value) => _value.CopyTo(value);
}
