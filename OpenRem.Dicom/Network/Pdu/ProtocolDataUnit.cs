namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// One PDU of the DICOM upper layer (PS3.8 §9.3): a 6-byte header followed by a body whose layout depends on the
/// type. Instances are immutable; <see cref="Encode()"/> produces the exact bytes that go on the wire.
/// </summary>
public abstract class ProtocolDataUnit
{
    /// <summary>The PDU type of the header.</summary>
    public abstract RawPduType Type { get; }

    /// <summary>The length of the body, the value of the header's PDU-length field.</summary>
    public abstract int BodyLength { get; }

    /// <summary>The encoded length including the 6-byte header.</summary>
    public int Length => PduHeader.Size + BodyLength;

    /// <summary>Encodes the whole PDU, header included, into a new array.</summary>
    public byte[] Encode()
    {
        var bytes = new byte[Length];
        Encode(bytes);
        return bytes;
    }

    /// <summary>Encodes the whole PDU, header included, and returns the number of bytes written.</summary>
    public int Encode(Span<byte> destination)
    {
        var length = Length;
        if (destination.Length < length)
        {
            throw new ArgumentException($"The PDU needs {length} bytes; {destination.Length} were given.", nameof(destination));
        }

        new PduHeader(Type, (uint)BodyLength).Write(destination);
        WriteBody(destination.Slice(PduHeader.Size, BodyLength));
        return length;
    }

    /// <summary>Writes exactly <see cref="BodyLength"/> bytes.</summary>
    private protected abstract void WriteBody(Span<byte> body);

    /// <summary>Checks that a PDU of the given body length can be described by the header and held in one array.</summary>
    private protected static int RequireBodyLength(long bodyLength) =>
        bodyLength <= Array.MaxLength - PduHeader.Size
            ? (int)bodyLength
            : throw new ArgumentException($"The PDU body would be {bodyLength} bytes long, more than one PDU can hold here.");
}
