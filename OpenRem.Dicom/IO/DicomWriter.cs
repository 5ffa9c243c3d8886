using System.Buffers.Binary;

namespace OpenRem.Dicom.IO;

/// <summary>
/// Encodes datasets in Implicit or Explicit VR Little Endian (PS3.5 §7). Values are padded to even length
/// with their VR's padding byte; sequences, items and encapsulated pixel data use undefined lengths.
/// Large values left in a file are copied in chunks.
/// </summary>
public sealed class DicomWriter(Stream output, bool explicitVr)
{
    private const uint UndefinedLength = 0xFFFFFFFF;
    private readonly byte[] _header = new byte[12];

    public static void Write(Stream output, DicomDataset dataset, DicomTransferSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        if (syntax.Endian == Endian.Big || syntax.IsDeflate)
        {
            throw new NotSupportedException($"Writing {syntax.UID.Name} is not supported; use Explicit or Implicit VR Little Endian.");
        }

        new DicomWriter(output, syntax.IsExplicitVR).WriteDataset(dataset);
    }

    public void WriteDataset(DicomDataset dataset) => WriteDataset(dataset, static _ => true);

    public void WriteDataset(DicomDataset dataset, Func<DicomItem, bool> include)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(include);
        foreach (var item in dataset)
        {
            if (include(item))
            {
                WriteItem(item);
            }
        }
    }

    private void WriteItem(DicomItem item)
    {
        switch (item)
        {
            case DicomElement element:
                WriteElement(element);
                break;
            case DicomSequence sequence:
                WriteHeader(sequence.Tag, DicomVR.SQ, UndefinedLength);
                foreach (var child in sequence.Items)
                {
                    WriteTagAndLength(0xFFFE, 0xE000, UndefinedLength);
                    WriteDataset(child);
                    WriteTagAndLength(0xFFFE, 0xE00D, 0);
                }

                WriteTagAndLength(0xFFFE, 0xE0DD, 0);
                break;
            case DicomFragmentSequence fragments:
                WriteHeader(fragments.Tag, fragments.ValueRepresentation, UndefinedLength);
                WriteFragment(fragments.OffsetTable);
                foreach (var fragment in fragments.Fragments)
                {
                    WriteFragment(fragment);
                }

                WriteTagAndLength(0xFFFE, 0xE0DD, 0);
                break;
            default:
                throw new NotSupportedException($"Cannot write {item.GetType().Name}.");
        }
    }

    private void WriteElement(DicomElement element)
    {
        var length = element.Length;
        var padded = length + (length & 1);
        if (padded > uint.MaxValue - 1)
        {
            throw new DicomDataException($"Element {element.Tag} is too long to encode ({length} bytes).");
        }

        var vr = element.ValueRepresentation;
        if (explicitVr && !vr.Is32BitLength && padded > ushort.MaxValue)
        {
            // A value too long for a 16-bit length field travels as UN (PS3.5 §6.2.2).
            vr = DicomVR.UN;
        }

        WriteHeader(element.Tag, vr, (uint)padded);
        element.Buffer.CopyTo(output);
        if ((length & 1) == 1)
        {
            output.WriteByte(element.ValueRepresentation.PaddingValue);
        }
    }

    private void WriteFragment(IByteBuffer fragment)
    {
        var length = fragment.Size;
        WriteTagAndLength(0xFFFE, 0xE000, (uint)(length + (length & 1)));
        fragment.CopyTo(output);
        if ((length & 1) == 1)
        {
            output.WriteByte(0);
        }
    }

    private void WriteHeader(DicomTag tag, DicomVR vr, uint length)
    {
        if (!explicitVr)
        {
            WriteTagAndLength(tag.Group, tag.Element, length);
            return;
        }

        var span = _header.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(span, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], tag.Element);
        span[4] = (byte)vr.Code[0];
        span[5] = (byte)vr.Code[1];
        if (vr.Is32BitLength)
        {
            span[6] = 0;
            span[7] = 0;
            BinaryPrimitives.WriteUInt32LittleEndian(span[8..], length);
            output.Write(span[..12]);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[6..], (ushort)length);
            output.Write(span[..8]);
        }
    }

    private void WriteTagAndLength(ushort group, ushort element, uint length)
    {
        var span = _header.AsSpan(0, 8);
        BinaryPrimitives.WriteUInt16LittleEndian(span, group);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], element);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], length);
        output.Write(span);
    }
}
