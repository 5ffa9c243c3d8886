using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using OpenRem.Dicom.IO;
using OpenRem.Dicom.Text;

namespace OpenRem.Dicom;

/// <summary>
/// An element with a value, kept as its encoded bytes (binary values little endian) and decoded on demand
/// with the character set of the dataset that holds it.
/// </summary>
public sealed class DicomElement(DicomTag tag, DicomVR valueRepresentation, IByteBuffer buffer) : DicomItem(tag, valueRepresentation)
{
    public DicomElement(DicomTag tag, DicomVR valueRepresentation, ReadOnlyMemory<byte> bytes)
        : this(tag, valueRepresentation, new MemoryByteBuffer(bytes))
    {
    }

    public IByteBuffer Buffer { get; } = buffer;

    /// <summary>The length of the value in bytes as encoded (before padding to even length).</summary>
    public long Length => Buffer.Size;

    /// <summary>
    /// The candidate VRs when this element was read without an explicit VR and the dictionary allows
    /// several (e.g. US or SS); null otherwise.
    /// </summary>
    internal IReadOnlyList<DicomVR>? AmbiguousValueRepresentations { get; set; }

    /// <summary>The number of values.</summary>
    public int Count => ValueRepresentation.IsString ? GetRawStrings(DicomCharacterSet.Default).Length : Length == 0 ? 0 : (int)(Length / Math.Max(1, BinaryUnit));

    private int BinaryUnit => ValueRepresentation.UnitSize == 0 ? 1 : ValueRepresentation == DicomVR.OB || ValueRepresentation == DicomVR.UN ? (int)Math.Max(1, Length) : ValueRepresentation.UnitSize;

    /// <summary>
    /// The whole value as text, decoded with <paramref name="characterSet"/>, trailing padding removed
    /// (spaces, and NULs that some writers use).
    /// </summary>
    public string GetRawString(DicomCharacterSet characterSet)
    {
        var span = Buffer.Data.Span;
        var text = ValueRepresentation.IsStringEncoded
            ? DicomEncoding.Decode(span, characterSet, ValueRepresentation)
            : DecodeDefaultRepertoire(span);
        return text.TrimEnd(' ', '\0');
    }

    /// <summary>
    /// The values as text: split on backslash after decoding (for multi-valued VRs), each value trimmed
    /// of insignificant spaces (trailing for all; leading too except for LT, ST, UT).
    /// </summary>
    public string[] GetRawStrings(DicomCharacterSet characterSet)
    {
        if (Length == 0)
        {
            return [];
        }

        var text = GetRawString(characterSet);
        var values = ValueRepresentation.IsMultiValue ? text.Split('\\') : [text];
        var keepLeading = ValueRepresentation == DicomVR.LT || ValueRepresentation == DicomVR.ST || ValueRepresentation == DicomVR.UT;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = keepLeading ? values[i].TrimEnd(' ', '\0') : values[i].Trim(' ', '\0');
        }

        return values;
    }

    /// <summary>Reads a binary value of type <typeparamref name="T"/> at <paramref name="index"/>.</summary>
    public T GetBinaryValue<T>(int index)
        where T : unmanaged
    {
        var span = Buffer.Data.Span;
        var size = Marshal.SizeOf<T>();
        if (index < 0 || ((long)index + 1) * size > span.Length)
        {
            throw new DicomDataException($"Element {Tag} {ValueRepresentation} has no value at index {index}.");
        }

        return MemoryMarshal.Read<T>(span.Slice(index * size, size));
    }

    /// <summary>The values of a numeric binary VR as doubles, or of AT as tags (in their number form).</summary>
    public IReadOnlyList<double> GetNumbers()
    {
        var span = Buffer.Data.Span;
        var vr = ValueRepresentation;
        var unit = vr.UnitSize;
        if (unit == 0 || vr == DicomVR.OB || vr == DicomVR.UN)
        {
            return [];
        }

        var count = span.Length / unit;
        var result = new double[count];
        for (var i = 0; i < count; i++)
        {
            var slice = span.Slice(i * unit, unit);
            result[i] = vr.Code switch
            {
                "US" or "OW" => BinaryPrimitives.ReadUInt16LittleEndian(slice),
                "SS" => BinaryPrimitives.ReadInt16LittleEndian(slice),
                "UL" or "OL" => BinaryPrimitives.ReadUInt32LittleEndian(slice),
                "SL" => BinaryPrimitives.ReadInt32LittleEndian(slice),
                "UV" or "OV" => BinaryPrimitives.ReadUInt64LittleEndian(slice),
                "SV" => BinaryPrimitives.ReadInt64LittleEndian(slice),
                "FL" or "OF" => BinaryPrimitives.ReadSingleLittleEndian(slice),
                "FD" or "OD" => BinaryPrimitives.ReadDoubleLittleEndian(slice),
                "AT" => ((uint)BinaryPrimitives.ReadUInt16LittleEndian(slice) << 16) | BinaryPrimitives.ReadUInt16LittleEndian(slice[2..]),
                _ => 0,
            };
        }

        return result;
    }

    /// <summary>The values of an AT element.</summary>
    public IReadOnlyList<DicomTag> GetTags()
    {
        var span = Buffer.Data.Span;
        var result = new DicomTag[span.Length / 4];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(span[(i * 4)..]), BinaryPrimitives.ReadUInt16LittleEndian(span[((i * 4) + 2)..]));
        }

        return result;
    }

    public override string ToString() => $"{Tag} {ValueRepresentation} ({Length} bytes)";

    internal static string DecodeDefaultRepertoire(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                return Encoding.Latin1.GetString(bytes);
            }
        }

        return Encoding.ASCII.GetString(bytes);
    }

    internal static string FormatNumber(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
