using System.Buffers.Binary;

namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// The 6-byte header in front of every PDU: the type, one reserved byte (sent as zero, never tested) and the
/// PDU-length, a big-endian 32-bit count of the bytes that follow the header.
/// </summary>
public readonly record struct PduHeader(RawPduType Type, uint Length)
{
    /// <summary>The size of the header in bytes.</summary>
    public const int Size = 6;

    /// <summary>True when <see cref="Type"/> is one of the seven PDU types PS3.8 defines.</summary>
    public bool IsKnownType => Type >= RawPduType.AAssociateRQ && Type <= RawPduType.AAbort;

    /// <summary>Reads a header from the first six bytes of <paramref name="source"/>.</summary>
    public static PduHeader Read(ReadOnlySpan<byte> source)
    {
        if (source.Length < Size)
        {
            throw new ArgumentException($"A PDU header needs {Size} bytes; {source.Length} were given.", nameof(source));
        }

        return new PduHeader((RawPduType)source[0], BinaryPrimitives.ReadUInt32BigEndian(source[2..]));
    }

    /// <summary>Writes the header to the first six bytes of <paramref name="destination"/>.</summary>
    public void Write(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException($"A PDU header needs {Size} bytes; {destination.Length} were given.", nameof(destination));
        }

        destination[0] = (byte)Type;
        destination[1] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(destination[2..], Length);
    }
}
