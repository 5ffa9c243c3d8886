using System.Buffers.Binary;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>Reads the fixed and length-prefixed fields inside a sub-item value, with bounds checks that raise <see cref="DicomPduException"/>.</summary>
internal ref struct PduFieldReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly string _what;
    private int _offset;

    public PduFieldReader(ReadOnlySpan<byte> data, string what)
    {
        _data = data;
        _what = what;
        _offset = 0;
    }

    public readonly int Remaining => _data.Length - _offset;

    public byte ReadByte()
    {
        Require(1, "a one-byte field");
        return _data[_offset++];
    }

    public ushort ReadUInt16()
    {
        Require(2, "a two-byte field");
        var value = BinaryPrimitives.ReadUInt16BigEndian(_data[_offset..]);
        _offset += 2;
        return value;
    }

    public uint ReadUInt32()
    {
        Require(4, "a four-byte field");
        var value = BinaryPrimitives.ReadUInt32BigEndian(_data[_offset..]);
        _offset += 4;
        return value;
    }

    public ReadOnlySpan<byte> ReadBytes(int count, string field)
    {
        Require(count, field);
        var value = _data.Slice(_offset, count);
        _offset += count;
        return value;
    }

    /// <summary>Reads a 16-bit length and that many bytes.</summary>
    public ReadOnlySpan<byte> ReadLengthPrefixed(string field) => ReadBytes(ReadUInt16(), field);

    public ReadOnlySpan<byte> ReadRest()
    {
        var value = _data[_offset..];
        _offset = _data.Length;
        return value;
    }

    /// <summary>Fails when bytes are left over: every field of a known sub-item has been read.</summary>
    public readonly void RequireEnd()
    {
        if (Remaining != 0)
        {
            throw new DicomPduException($"The {_what} has {Remaining} byte(s) after its last field.");
        }
    }

    private readonly void Require(int count, string field)
    {
        if (count > Remaining)
        {
            throw new DicomPduException($"The {_what} needs {count} byte(s) for {field} at offset {_offset}, but only {Remaining} remain.");
        }
    }
}
