using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

using OpenRem.Dicom.Text;

namespace OpenRem.Dicom.Serialization;

/// <summary>
/// Writes a dataset in the DICOM JSON Model (PS3.18 Annex F): one object keyed by "GGGGEEEE", each with its
/// "vr" and a "Value" array (strings, numbers for IS, DS and the binary numeric VRs, person name objects,
/// nested objects for sequences) or "InlineBinary" (base64 of the little endian bytes) for OB, OD, OF, OL,
/// OV, OW and UN. Empty values carry only "vr".
/// </summary>
public static class DicomJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>The dataset as one line of JSON.</summary>
    public static string Serialize(DicomDataset dataset)
    {
        using var buffer = new MemoryStream();
        Write(buffer, dataset);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(Stream output, DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        WriteDataset(writer, dataset);
        writer.Flush();
    }

    private static void WriteDataset(Utf8JsonWriter writer, DicomDataset dataset)
    {
        writer.WriteStartObject();
        var characterSet = dataset.CharacterSet;
        foreach (var item in dataset)
        {
            writer.WritePropertyName(item.Tag.ToJsonKey());
            writer.WriteStartObject();
            writer.WriteString("vr", item.ValueRepresentation.Code);
            switch (item)
            {
                case DicomSequence sequence:
                    writer.WritePropertyName("Value");
                    writer.WriteStartArray();
                    foreach (var child in sequence.Items)
                    {
                        WriteDataset(writer, child);
                    }

                    writer.WriteEndArray();
                    break;
                case DicomFragmentSequence fragments:
                    writer.WriteBase64String("InlineBinary", EncapsulatedBytes(fragments));
                    break;
                case DicomElement element:
                    WriteElementValue(writer, element, characterSet);
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteElementValue(Utf8JsonWriter writer, DicomElement element, DicomCharacterSet characterSet)
    {
        if (element.Length == 0)
        {
            return;
        }

        var vr = element.ValueRepresentation;
        if (IsInlineBinary(vr))
        {
            writer.WriteBase64String("InlineBinary", element.Buffer.Data.Span);
            return;
        }

        if (vr == DicomVR.AT)
        {
            writer.WritePropertyName("Value");
            writer.WriteStartArray();
            foreach (var tag in element.GetTags())
            {
                writer.WriteStringValue(tag.ToJsonKey());
            }

            writer.WriteEndArray();
            return;
        }

        if (!vr.IsString)
        {
            WriteBinaryNumbers(writer, element);
            return;
        }

        var values = element.GetRawStrings(characterSet);
        if (values.Length == 0 || (values.Length == 1 && values[0].Length == 0))
        {
            return;
        }

        writer.WritePropertyName("Value");
        writer.WriteStartArray();
        foreach (var value in values)
        {
            if (vr == DicomVR.PN)
            {
                WritePersonName(writer, value);
            }
            else if (vr == DicomVR.IS || vr == DicomVR.DS)
            {
                WriteNumberString(writer, value, vr);
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }

        writer.WriteEndArray();
    }

    private static bool IsInlineBinary(DicomVR vr) =>
        vr == DicomVR.OB || vr == DicomVR.OD || vr == DicomVR.OF || vr == DicomVR.OL
        || vr == DicomVR.OV || vr == DicomVR.OW || vr == DicomVR.UN;

    private static void WritePersonName(Utf8JsonWriter writer, string value)
    {
        if (value.Length == 0)
        {
            writer.WriteNullValue();
            return;
        }

        var groups = value.Split('=');
        var count = groups.Length;
        while (count > 1 && groups[count - 1].Length == 0)
        {
            // Trailing empty component groups carry nothing.
            count--;
        }

        writer.WriteStartObject();
        writer.WriteString("Alphabetic", groups[0]);
        if (count > 1)
        {
            writer.WriteString("Ideographic", groups[1]);
        }

        if (count > 2)
        {
            writer.WriteString("Phonetic", groups[2]);
        }

        writer.WriteEndObject();
    }

    private static void WriteNumberString(Utf8JsonWriter writer, string value, DicomVR vr)
    {
        if (value.Length == 0)
        {
            writer.WriteNullValue();
            return;
        }

        if (vr == DicomVR.IS && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            writer.WriteNumberValue(integer);
            return;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            if (vr == DicomVR.IS && number == Math.Floor(number) && Math.Abs(number) < 9.2e18)
            {
                writer.WriteNumberValue((long)number);
            }
            else
            {
                writer.WriteNumberValue(number);
            }

            return;
        }

        // Not a number: keep the text so that nothing is lost.
        writer.WriteStringValue(value);
    }

    private static void WriteBinaryNumbers(Utf8JsonWriter writer, DicomElement element)
    {
        var span = element.Buffer.Data.Span;
        var vr = element.ValueRepresentation;
        var unit = vr.UnitSize;
        var count = span.Length / unit;
        if (count == 0)
        {
            return;
        }

        writer.WritePropertyName("Value");
        writer.WriteStartArray();
        for (var i = 0; i < count; i++)
        {
            var slice = span.Slice(i * unit, unit);
            switch (vr.Code)
            {
                case "US":
                    writer.WriteNumberValue(BinaryPrimitives.ReadUInt16LittleEndian(slice));
                    break;
                case "SS":
                    writer.WriteNumberValue(BinaryPrimitives.ReadInt16LittleEndian(slice));
                    break;
                case "UL":
                    writer.WriteNumberValue(BinaryPrimitives.ReadUInt32LittleEndian(slice));
                    break;
                case "SL":
                    writer.WriteNumberValue(BinaryPrimitives.ReadInt32LittleEndian(slice));
                    break;
                case "UV":
                    writer.WriteNumberValue(BinaryPrimitives.ReadUInt64LittleEndian(slice));
                    break;
                case "SV":
                    writer.WriteNumberValue(BinaryPrimitives.ReadInt64LittleEndian(slice));
                    break;
                case "FL":
                    WriteFloat(writer, BinaryPrimitives.ReadSingleLittleEndian(slice));
                    break;
                case "FD":
                    WriteFloat(writer, BinaryPrimitives.ReadDoubleLittleEndian(slice));
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>JSON has no NaN or infinity; those are written as strings, as the JSON model's writers commonly do.</summary>
    private static void WriteFloat(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The value of encapsulated pixel data as encoded: each item with its tag and length, without the sequence delimiter.</summary>
    private static byte[] EncapsulatedBytes(DicomFragmentSequence fragments)
    {
        using var buffer = new MemoryStream();
        Span<byte> header = stackalloc byte[8];
        foreach (var fragment in fragments.Fragments.Prepend(fragments.OffsetTable))
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header, 0xFFFE);
            BinaryPrimitives.WriteUInt16LittleEndian(header[2..], 0xE000);
            BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)fragment.Size);
            buffer.Write(header);
            fragment.CopyTo(buffer);
        }

        return buffer.ToArray();
    }
}
