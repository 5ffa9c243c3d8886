using System.Buffers.Binary;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// An item or sub-item of an A-ASSOCIATE-RQ/AC PDU: a type byte, a reserved byte, a big-endian 16-bit length
/// and the value (PS3.8 §9.3.2). Subclasses compute their value length when they are built.
/// </summary>
public abstract class PduItem
{
    /// <summary>The size of an item header in bytes.</summary>
    public const int HeaderLength = 4;

    /// <summary>The largest value a 16-bit item length can describe.</summary>
    public const int MaxValueLength = ushort.MaxValue;

    private protected PduItem(int valueLength)
    {
        if (valueLength > MaxValueLength)
        {
            throw new ArgumentException($"The item's value would be {valueLength} bytes long; an item holds at most {MaxValueLength}.");
        }

        ValueLength = valueLength;
    }

    /// <summary>The item type; unknown items keep the type they arrived with.</summary>
    public abstract PduItemType ItemType { get; }

    /// <summary>The length of the value, the number in the item's length field.</summary>
    public int ValueLength { get; }

    /// <summary>The encoded length including the 4-byte item header.</summary>
    public int Length => HeaderLength + ValueLength;

    /// <summary>Writes the item, header included, and returns the number of bytes written.</summary>
    public int Write(Span<byte> destination)
    {
        if (destination.Length < Length)
        {
            throw new ArgumentException($"The item needs {Length} bytes; {destination.Length} were given.", nameof(destination));
        }

        destination[0] = (byte)ItemType;
        destination[1] = 0;
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)ValueLength);
        WriteValue(destination.Slice(HeaderLength, ValueLength));
        return Length;
    }

    /// <summary>Writes exactly <see cref="ValueLength"/> bytes.</summary>
    private protected abstract void WriteValue(Span<byte> value);

    /// <summary>Writes a UID as a sub-item of the given type (PS3.8 §9.3.2.2.1, §9.3.2.2.2).</summary>
    private protected static int WriteUidSubItem(Span<byte> destination, PduItemType type, string uid)
    {
        destination[0] = (byte)type;
        destination[1] = 0;
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)uid.Length);
        return HeaderLength + PduText.Write(uid, destination[HeaderLength..]);
    }

    /// <summary>Writes a 16-bit length followed by the bytes (the layout of UID fields inside sub-items).</summary>
    private protected static int WriteLengthPrefixed(Span<byte> destination, ReadOnlySpan<byte> bytes)
    {
        BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)bytes.Length);
        bytes.CopyTo(destination[2..]);
        return 2 + bytes.Length;
    }

    /// <summary>Writes a 16-bit length followed by the text's bytes.</summary>
    private protected static int WriteLengthPrefixed(Span<byte> destination, string text)
    {
        BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)text.Length);
        return 2 + PduText.Write(text, destination[2..]);
    }
}
