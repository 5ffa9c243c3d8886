using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>
/// Compares datasets element by element, independently of how they were encoded. Each element becomes one line:
/// its path (sequence items numbered), its VR, and its value: text values decoded with the character set in force and
/// split into values with the padding trimmed (a writer may pad with a space or a NUL), every other value as the hex
/// of its little endian bytes (the reader swaps big endian data), encapsulated pixel data as its offset table and
/// fragments (long values by their length and SHA-256). Left out: group lengths (gggg,0000) and Data Set Trailing Padding (FFFC,FFFC), which writers add, drop
/// or recompute at will, and how sequences and items are delimited (defined or undefined lengths), which the model
/// does not keep. What is left is what the object says, so a transfer syntax change or a re-encoding by a peer leaves
/// it alone while any change of a value, a VR or the element list shows.
/// </summary>
internal static class DatasetComparison
{
    private static readonly DicomTag DataSetTrailingPadding = new(0xFFFC, 0xFFFC);

    /// <summary>The lines of <paramref name="dataset"/>, in tag order.</summary>
    public static IReadOnlyList<string> Describe(DicomDataset dataset)
    {
        var lines = new List<string>();
        Describe(dataset, "", lines);
        return lines;
    }

    /// <summary>Null when both datasets have the same lines, else the first lines that differ.</summary>
    public static string? Difference(DicomDataset expected, DicomDataset actual)
    {
        var (left, right) = (Describe(expected), Describe(actual));
        if (left.SequenceEqual(right, StringComparer.Ordinal))
        {
            return null;
        }

        var first = left.Zip(right).TakeWhile(pair => pair.First == pair.Second).Count();
        return $"{left.Count} elements expected, {right.Count} found; first difference at line {first}:{Environment.NewLine}"
            + $"  expected: {Shorten(left.ElementAtOrDefault(first))}{Environment.NewLine}"
            + $"  found:    {Shorten(right.ElementAtOrDefault(first))}";
    }

    /// <summary>The bytes of a Part 10 file after its meta group: preamble (128), "DICM", then (0002,0000) UL gives the rest of the group.</summary>
    public static byte[] DatasetBytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("DICM", Encoding.ASCII.GetString(bytes, 128, 4));
        Assert.Equal(0x0002, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(132)));
        Assert.Equal(0x0000, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(134)));
        var metaEnd = 144 + (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(140));
        return bytes[metaEnd..];
    }

    /// <summary>Null when the two files' datasets are the same bytes, else where they part.</summary>
    public static string? BytesDifference(string expectedFile, string actualFile)
    {
        var (expected, actual) = (DatasetBytes(expectedFile), DatasetBytes(actualFile));
        return expected.AsSpan().SequenceEqual(actual)
            ? null
            : $"data set bytes differ: {expected.Length} expected, {actual.Length} found, first difference at byte {expected.AsSpan().CommonPrefixLength(actual)}";
    }

    private static void Describe(DicomDataset dataset, string path, List<string> lines)
    {
        var characterSet = dataset.CharacterSet;
        foreach (var item in dataset)
        {
            if (item.Tag.IsGroupLength || item.Tag == DataSetTrailingPadding)
            {
                continue;
            }

            var name = path + item.Tag;
            switch (item)
            {
                case DicomSequence sequence:
                    lines.Add($"{name} SQ {sequence.Items.Count.ToString(CultureInfo.InvariantCulture)} item(s)");
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        Describe(sequence.Items[i], $"{name}[{i.ToString(CultureInfo.InvariantCulture)}]", lines);
                    }

                    break;
                case DicomFragmentSequence fragments:
                    lines.Add($"{name} {item.ValueRepresentation.Code} offsets {Hex(fragments.OffsetTable.Data.Span)}");
                    for (var i = 0; i < fragments.Fragments.Count; i++)
                    {
                        lines.Add($"{name} fragment {i.ToString(CultureInfo.InvariantCulture)} {Hex(fragments.Fragments[i].Data.Span)}");
                    }

                    break;
                case DicomElement element when element.ValueRepresentation.IsString:
                    lines.Add($"{name} {element.ValueRepresentation.Code} [{string.Join("\\", element.GetRawStrings(characterSet))}]");
                    break;
                case DicomElement element:
                    lines.Add($"{name} {element.ValueRepresentation.Code} {Hex(element.Buffer.Data.Span)}");
                    break;
                default:
                    lines.Add($"{name} {item.ValueRepresentation.Code} {item.GetType().Name}");
                    break;
            }
        }
    }

    /// <summary>Short values as hex, longer ones (pixel data, say) as their length and SHA-256.</summary>
    private static string Hex(ReadOnlySpan<byte> bytes) =>
        bytes.Length <= 64
            ? Convert.ToHexString(bytes)
            : $"{bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes, SHA-256 {Convert.ToHexString(SHA256.HashData(bytes))}";

    private static string Shorten(string? line) =>
        line is null ? "(none)" : line.Length <= 300 ? line : string.Concat(line.AsSpan(0, 300), "...");
}
