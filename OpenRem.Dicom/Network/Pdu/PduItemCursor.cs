using System.Buffers.Binary;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>Walks the items (or sub-items) in a span, checking each length against what remains of its container.</summary>
internal ref struct PduItemCursor
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly string _container;
    private int _offset;

    public PduItemCursor(ReadOnlySpan<byte> data, string container)
    {
        _data = data;
        _container = container;
        _offset = 0;
    }

    public bool TryRead(out PduItemType type, out ReadOnlySpan<byte> value)
    {
        var remaining = _data.Length - _offset;
        if (remaining == 0)
        {
            type = default;
            value = default;
            return false;
        }

        if (remaining < PduItem.HeaderLength)
        {
            throw new DicomPduException($"The {_container} ends with {remaining} byte(s) at offset {_offset}, too few for an item header.");
        }

        type = (PduItemType)_data[_offset];
        int length = BinaryPrimitives.ReadUInt16BigEndian(_data[(_offset + 2)..]);
        if (length > remaining - PduItem.HeaderLength)
        {
            throw new DicomPduException(
                $"Item 0x{(byte)type:X2} at offset {_offset} of the {_container} claims {length} bytes, but only {remaining - PduItem.HeaderLength} remain.");
        }

        value = _data.Slice(_offset + PduItem.HeaderLength, length);
        _offset += PduItem.HeaderLength + length;
        return true;
    }
}
