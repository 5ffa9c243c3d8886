using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace OpenRem.Dicom.Tests.Support;

/// <summary>
/// Builds encoded datasets byte by byte, in any transfer syntax and with any length form, so that the
/// tests cover every feature with data they make themselves.
/// </summary>
internal sealed class EncodedDataset(bool explicitVr = true, bool bigEndian = false)
{
    public const uint Undefined = 0xFFFFFFFF;

    private readonly ArrayBufferWriter<byte> _bytes = new();

    public bool ExplicitVr { get; } = explicitVr;

    public bool BigEndian { get; } = bigEndian;

    public byte[] ToArray() => _bytes.WrittenSpan.ToArray();

    public EncodedDataset Element(ushort group, ushort element, string vr, byte[] value, uint? length = null)
    {
        Header(group, element, vr, length ?? (uint)value.Length);
        _bytes.Write(value);
        return this;
    }

    public EncodedDataset Text(ushort group, ushort element, string vr, string value, Encoding? encoding = null)
    {
        var bytes = (encoding ?? Encoding.ASCII).GetBytes(value);
        if (bytes.Length % 2 == 1)
        {
            bytes = [.. bytes, vr == "UI" ? (byte)0 : (byte)' '];
        }

        return Element(group, element, vr, bytes);
    }

    public EncodedDataset UInt16(ushort group, ushort element, string vr, params ushort[] values)
    {
        var bytes = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
        {
            if (BigEndian)
            {
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i * 2), values[i]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), values[i]);
            }
        }

        return Element(group, element, vr, bytes);
    }

    public EncodedDataset Float64(ushort group, ushort element, params double[] values)
    {
        var bytes = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++)
        {
            if (BigEndian)
            {
                BinaryPrimitives.WriteDoubleBigEndian(bytes.AsSpan(i * 8), values[i]);
            }
            else
            {
                BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * 8), values[i]);
            }
        }

        return Element(group, element, "FD", bytes);
    }

    /// <summary>A sequence header; follow with items and, for an undefined length, <see cref="SequenceEnd"/>.</summary>
    public EncodedDataset Sequence(ushort group, ushort element, uint length = Undefined, string vr = "SQ")
    {
        Header(group, element, vr, length);
        return this;
    }

    public EncodedDataset Item(byte[] content, bool undefinedLength = true)
    {
        Raw(0xFFFE, 0xE000, undefinedLength ? Undefined : (uint)content.Length);
        _bytes.Write(content);
        if (undefinedLength)
        {
            Raw(0xFFFE, 0xE00D, 0);
        }

        return this;
    }

    public EncodedDataset SequenceEnd()
    {
        Raw(0xFFFE, 0xE0DD, 0);
        return this;
    }

    public EncodedDataset Bytes(byte[] raw)
    {
        _bytes.Write(raw);
        return this;
    }

    /// <summary>Wraps a dataset in a Part 10 file: preamble, DICM, meta group (explicit LE) with the given transfer syntax.</summary>
    public static byte[] Part10(byte[] dataset, string transferSyntaxUid, bool preamble = true, bool groupLength = true, bool deflate = false)
    {
        var meta = new EncodedDataset();
        meta.Element(0x0002, 0x0001, "OB", [0, 1])
            .Text(0x0002, 0x0002, "UI", "1.2.840.10008.5.1.4.1.1.7")
            .Text(0x0002, 0x0003, "UI", "1.2.3.4.5")
            .Text(0x0002, 0x0010, "UI", transferSyntaxUid)
            .Text(0x0002, 0x0012, "UI", "1.2.3.999");
        var metaBytes = meta.ToArray();
        using var file = new MemoryStream();
        if (preamble)
        {
            file.Write(new byte[128]);
            file.Write("DICM"u8);
        }

        if (groupLength)
        {
            var length = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)metaBytes.Length);
            file.Write(new EncodedDataset().Element(0x0002, 0x0000, "UL", length).ToArray());
        }

        file.Write(metaBytes);
        if (deflate)
        {
            using var deflater = new DeflateStream(file, CompressionLevel.Optimal, leaveOpen: true);
            deflater.Write(dataset);
        }
        else
        {
            file.Write(dataset);
        }

        return file.ToArray();
    }

    private void Header(ushort group, ushort element, string vr, uint length)
    {
        Span<byte> buffer = stackalloc byte[12];
        WriteUInt16(buffer, group);
        WriteUInt16(buffer[2..], element);
        if (!ExplicitVr)
        {
            WriteUInt32(buffer[4..], length);
            _bytes.Write(buffer[..8]);
            return;
        }

        buffer[4] = (byte)vr[0];
        buffer[5] = (byte)vr[1];
        if (vr is "OB" or "OD" or "OF" or "OL" or "OV" or "OW" or "SQ" or "SV" or "UC" or "UN" or "UR" or "UT" or "UV")
        {
            buffer[6] = 0;
            buffer[7] = 0;
            WriteUInt32(buffer[8..], length);
            _bytes.Write(buffer);
        }
        else
        {
            WriteUInt16(buffer[6..], (ushort)length);
            _bytes.Write(buffer[..8]);
        }
    }

    private void Raw(ushort group, ushort element, uint length)
    {
        Span<byte> buffer = stackalloc byte[8];
        WriteUInt16(buffer, group);
        WriteUInt16(buffer[2..], element);
        WriteUInt32(buffer[4..], length);
        _bytes.Write(buffer);
    }

    private void WriteUInt16(Span<byte> span, ushort value)
    {
        if (BigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span, value);
        }
    }

    private void WriteUInt32(Span<byte> span, uint value)
    {
        if (BigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span, value);
        }
    }
}
