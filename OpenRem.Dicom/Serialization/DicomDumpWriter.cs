using System.Globalization;
using System.Text;

using OpenRem.Dicom.Text;

namespace OpenRem.Dicom.Serialization;

/// <summary>
/// A readable listing of a file or dataset in the manner of DCMTK's dcmdump: one line per element with
/// tag, VR, value (shortened), length, value multiplicity and keyword; sequence items indented.
/// </summary>
public static class DicomDumpWriter
{
    private const int MaxValueChars = 64;
    private const int ValueColumn = 52;

    public static void Write(TextWriter output, DicomFile file)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(file);
        output.WriteLine("# Dicom-File-Format");
        output.WriteLine();
        output.WriteLine("# Dicom-Meta-Information-Header");
        output.WriteLine("# Used TransferSyntax: Little Endian Explicit");
        WriteDataset(output, file.FileMetaInfo.Elements, 0);
        output.WriteLine();
        output.WriteLine("# Dicom-Data-Set");
        output.WriteLine($"# Used TransferSyntax: {file.Dataset.InternalTransferSyntax.UID.Name}");
        WriteDataset(output, file.Dataset, 0);
        if (file.IsHeaderOnly)
        {
            output.WriteLine("# (reading stopped before pixel data)");
        }
    }

    public static void WriteDataset(TextWriter output, DicomDataset dataset, int depth)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(dataset);
        var indent = new string(' ', depth * 2);
        var characterSet = dataset.CharacterSet;
        foreach (var item in dataset)
        {
            var keyword = DicomDictionary.Default.Lookup(item.Tag).Keyword;
            switch (item)
            {
                case DicomSequence sequence:
                    Line(output, indent, item, $"(Sequence with {sequence.Items.Count} items)", "u/l", 1, keyword);
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        Line(output, indent + "  ", new DicomTag(0xFFFE, 0xE000), "na", $"(Item #{i + 1} with {sequence.Items[i].Count} elements)", "u/l", 1, "Item");
                        WriteDataset(output, sequence.Items[i], depth + 2);
                    }

                    break;
                case DicomFragmentSequence fragments:
                    Line(output, indent, item, $"(PixelSequence with {fragments.Fragments.Count + 1} items)", "u/l", 1, keyword);
                    Line(output, indent + "  ", new DicomTag(0xFFFE, 0xE000), "pi", $"(offset table, {fragments.OffsetTable.Size} bytes)", fragments.OffsetTable.Size.ToString(CultureInfo.InvariantCulture), 1, "Item");
                    foreach (var fragment in fragments.Fragments)
                    {
                        Line(output, indent + "  ", new DicomTag(0xFFFE, 0xE000), "pi", "(fragment)", fragment.Size.ToString(CultureInfo.InvariantCulture), 1, "Item");
                    }

                    break;
                case DicomElement element:
                    var (text, multiplicity) = Describe(element, characterSet);
                    Line(output, indent, item, text, element.Length.ToString(CultureInfo.InvariantCulture), multiplicity, keyword);
                    break;
            }
        }
    }

    private static (string Text, int Multiplicity) Describe(DicomElement element, DicomCharacterSet characterSet)
    {
        var vr = element.ValueRepresentation;
        if (element.Length == 0)
        {
            return ("(no value available)", 0);
        }

        if (vr.IsString)
        {
            var values = element.GetRawStrings(characterSet);
            return ($"[{Shorten(string.Join('\\', values))}]", values.Length);
        }

        if (!element.Buffer.IsMemory)
        {
            return ($"(not loaded, {element.Length} bytes)", 1);
        }

        if (vr == DicomVR.AT)
        {
            var tags = element.GetTags();
            return (Shorten(string.Join('\\', tags.Select(t => t.ToString()))), tags.Count);
        }

        if (vr == DicomVR.OB || vr == DicomVR.UN || vr.UnitSize == 0)
        {
            var bytes = element.Buffer.Data.Span;
            var hex = new StringBuilder();
            for (var i = 0; i < bytes.Length && hex.Length < MaxValueChars; i++)
            {
                hex.Append(hex.Length == 0 ? string.Empty : "\\").Append(bytes[i].ToString("x2", CultureInfo.InvariantCulture));
            }

            return (Shorten(hex.ToString(), bytes.Length > 0), 1);
        }

        var numbers = element.GetNumbers();
        return (Shorten(string.Join('\\', numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)))), vr.Code.StartsWith('O') ? 1 : numbers.Count);
    }

    private static string Shorten(string text, bool more = false) =>
        text.Length > MaxValueChars || more && text.Length >= MaxValueChars ? text[..Math.Min(text.Length, MaxValueChars)] + "..." : text;

    private static void Line(TextWriter output, string indent, DicomItem item, string value, string length, int multiplicity, string keyword) =>
        Line(output, indent, item.Tag, item.ValueRepresentation.Code, value, length, multiplicity, keyword);

    private static void Line(TextWriter output, string indent, DicomTag tag, string vr, string value, string length, int multiplicity, string keyword)
    {
        var head = $"{indent}({tag.Group:x4},{tag.Element:x4}) {vr} {value}";
        output.Write(head);
        output.Write(new string(' ', Math.Max(1, ValueColumn - head.Length)));
        output.WriteLine($"# {length,3}, {multiplicity} {keyword}");
    }
}
