using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using OpenRem.Dicom.Text;

namespace OpenRem.Dicom;

/// <summary>Typed access to values, shaped like fo-dicom's getters and setters.</summary>
public sealed partial class DicomDataset
{
    /// <summary>The whole value of a text element (values joined by backslash); fails when absent.</summary>
    public string GetString(DicomTag tag) =>
        TryGetString(tag, out var value) ? value : throw new DicomDataException($"The dataset has no element {tag}.");

    public bool TryGetString(DicomTag tag, out string value)
    {
        if (GetDicomItem<DicomElement>(tag) is { } element)
        {
            value = element.ValueRepresentation.IsString
                ? string.Join('\\', element.GetRawStrings(CharacterSet))
                : string.Join('\\', element.ValueRepresentation == DicomVR.AT
                    ? element.GetTags().Select(t => t.ToJsonKey())
                    : element.GetNumbers().Select(DicomElement.FormatNumber));
            return true;
        }

        value = string.Empty;
        return false;
    }

    /// <summary>The number of values of an element, 0 when absent.</summary>
    public int GetValueCount(DicomTag tag) => GetDicomItem<DicomElement>(tag) is { } element ? GetValueStrings(element).Length : 0;

    public T GetSingleValue<T>(DicomTag tag) =>
        TryGetValues<T>(tag, out var values) && values.Length > 0
            ? values[0]
            : throw new DicomDataException($"The dataset has no value for {tag}.");

    public T GetSingleValueOrDefault<T>(DicomTag tag, T defaultValue) =>
        TryGetValues<T>(tag, out var values) && values.Length > 0 ? values[0] : defaultValue;

    public bool TryGetSingleValue<T>(DicomTag tag, out T value)
    {
        if (TryGetValues<T>(tag, out var values) && values.Length > 0)
        {
            value = values[0];
            return true;
        }

        value = default!;
        return false;
    }

    public T GetValue<T>(DicomTag tag, int index)
    {
        var values = GetValues<T>(tag);
        return index >= 0 && index < values.Length
            ? values[index]
            : throw new DicomDataException($"Element {tag} has no value at index {index}.");
    }

    public T[] GetValues<T>(DicomTag tag) =>
        TryGetValues<T>(tag, out var values) ? values : throw new DicomDataException($"The dataset has no element {tag}.");

    /// <summary>
    /// Converts the values of an element to <typeparamref name="T"/>: string, the integer and floating
    /// point types, decimal, DicomTag, DateTime (DA, TM, DT) or byte[] (the raw value).
    /// </summary>
    public bool TryGetValues<T>(DicomTag tag, out T[] values)
    {
        values = [];
        if (GetDicomItem<DicomElement>(tag) is not { } element)
        {
            return false;
        }

        if (typeof(T) == typeof(byte[]))
        {
            values = [(T)(object)element.Buffer.Data.ToArray()];
            return true;
        }

        if (typeof(T) == typeof(DicomTag))
        {
            values = (T[])(object)element.GetTags().ToArray();
            return true;
        }

        if (TryReadUnsignedIntegers(element, out values))
        {
            return true;
        }

        var strings = GetValueStrings(element);
        var result = new T[strings.Length];
        for (var i = 0; i < strings.Length; i++)
        {
            result[i] = DicomValueConverter.Convert<T>(strings[i], element.ValueRepresentation, tag);
        }

        values = result;
        return true;
    }

    /// <summary>Sets a text or numeric element from strings; the VR comes from the dictionary.</summary>
    public DicomDataset AddOrUpdate(DicomTag tag, params string[] values) =>
        AddOrUpdate(DicomDictionary.Default.Lookup(tag).ValueRepresentations[0], tag, values);

    public DicomDataset AddOrUpdate(DicomVR vr, DicomTag tag, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(vr);
        ArgumentNullException.ThrowIfNull(values);
        return AddOrUpdate(new DicomElement(tag, vr, EncodeStrings(vr, tag, values)));
    }

    /// <summary>Sets a numeric element (binary or IS/DS) or a tag list; the VR comes from the dictionary.</summary>
    public DicomDataset AddOrUpdate<T>(DicomTag tag, params T[] values)
        where T : struct =>
        AddOrUpdate(DicomDictionary.Default.Lookup(tag).ValueRepresentations[0], tag, values);

    public DicomDataset AddOrUpdate<T>(DicomVR vr, DicomTag tag, params T[] values)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(vr);
        ArgumentNullException.ThrowIfNull(values);
        if (vr.IsString)
        {
            return AddOrUpdate(vr, tag, values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty).ToArray());
        }

        return AddOrUpdate(new DicomElement(tag, vr, EncodeBinary(vr, values)));
    }

    /// <summary>Sets a sequence with the given items.</summary>
    public DicomDataset AddOrUpdate(DicomTag tag, params DicomDataset[] items) => AddOrUpdate(new DicomSequence(tag, items));

    /// <summary>
    /// US and UL values read straight from their bytes as a type that holds each of them exactly (the result of the
    /// text round trip, without it): command sets are read this way several times per DIMSE message.
    /// </summary>
    private static bool TryReadUnsignedIntegers<T>(DicomElement element, out T[] values)
    {
        var vr = element.ValueRepresentation;
        var unit = vr == DicomVR.US ? 2 : vr == DicomVR.UL ? 4 : 0;
        var fits = unit == 2
            ? typeof(T) == typeof(ushort) || typeof(T) == typeof(int) || typeof(T) == typeof(uint) || typeof(T) == typeof(long)
            : unit == 4 && (typeof(T) == typeof(uint) || typeof(T) == typeof(long));
        if (!fits)
        {
            values = [];
            return false;
        }

        var span = element.Buffer.Data.Span;
        var numbers = new uint[span.Length / unit];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = unit == 2 ? BinaryPrimitives.ReadUInt16LittleEndian(span[(i * 2)..]) : BinaryPrimitives.ReadUInt32LittleEndian(span[(i * 4)..]);
        }

        values = typeof(T) == typeof(uint) ? (T[])(object)numbers
            : typeof(T) == typeof(ushort) ? (T[])(object)Array.ConvertAll(numbers, n => (ushort)n)
            : typeof(T) == typeof(int) ? (T[])(object)Array.ConvertAll(numbers, n => (int)n)
            : (T[])(object)Array.ConvertAll(numbers, n => (long)n);
        return true;
    }

    private string[] GetValueStrings(DicomElement element)
    {
        if (element.ValueRepresentation.IsString)
        {
            return element.GetRawStrings(CharacterSet);
        }

        if (element.ValueRepresentation == DicomVR.AT)
        {
            return element.GetTags().Select(t => t.ToJsonKey()).ToArray();
        }

        return element.GetNumbers().Select(DicomElement.FormatNumber).ToArray();
    }

    private byte[] EncodeStrings(DicomVR vr, DicomTag tag, string[] values)
    {
        if (!vr.IsString)
        {
            var numbers = values.Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
            return EncodeBinary(vr, numbers);
        }

        var text = string.Join('\\', values);
        var bytes = vr.IsStringEncoded
            ? DicomEncoding.Encode(text, tag == DicomTag.SpecificCharacterSet ? DicomCharacterSet.Default : CharacterSet, vr)
            : Encoding.ASCII.GetBytes(text);
        if (bytes.Length % 2 == 1)
        {
            Array.Resize(ref bytes, bytes.Length + 1);
            bytes[^1] = vr.PaddingValue;
        }

        return bytes;
    }

    private static byte[] EncodeBinary<T>(DicomVR vr, T[] values)
        where T : struct
    {
        if (vr == DicomVR.OB || vr == DicomVR.UN)
        {
            return values.Select(v => System.Convert.ToByte(v, CultureInfo.InvariantCulture)).ToArray();
        }

        var unit = vr.UnitSize;
        var bytes = new byte[unit * values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var span = bytes.AsSpan(i * unit, unit);
            object value = values[i];
            switch (vr.Code)
            {
                case "AT":
                    var t = value is DicomTag dt ? dt : new DicomTag(System.Convert.ToUInt32(value, CultureInfo.InvariantCulture));
                    BinaryPrimitives.WriteUInt16LittleEndian(span, t.Group);
                    BinaryPrimitives.WriteUInt16LittleEndian(span[2..], t.Element);
                    break;
                case "US" or "OW":
                    BinaryPrimitives.WriteUInt16LittleEndian(span, System.Convert.ToUInt16(value, CultureInfo.InvariantCulture));
                    break;
                case "SS":
                    BinaryPrimitives.WriteInt16LittleEndian(span, System.Convert.ToInt16(value, CultureInfo.InvariantCulture));
                    break;
                case "UL" or "OL":
                    BinaryPrimitives.WriteUInt32LittleEndian(span, System.Convert.ToUInt32(value, CultureInfo.InvariantCulture));
                    break;
                case "SL":
                    BinaryPrimitives.WriteInt32LittleEndian(span, System.Convert.ToInt32(value, CultureInfo.InvariantCulture));
                    break;
                case "UV" or "OV":
                    BinaryPrimitives.WriteUInt64LittleEndian(span, System.Convert.ToUInt64(value, CultureInfo.InvariantCulture));
                    break;
                case "SV":
                    BinaryPrimitives.WriteInt64LittleEndian(span, System.Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
                case "FL" or "OF":
                    BinaryPrimitives.WriteSingleLittleEndian(span, System.Convert.ToSingle(value, CultureInfo.InvariantCulture));
                    break;
                case "FD" or "OD":
                    BinaryPrimitives.WriteDoubleLittleEndian(span, System.Convert.ToDouble(value, CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new ArgumentException($"Cannot encode numbers as {vr}.", nameof(vr));
            }
        }

        return bytes;
    }
}
