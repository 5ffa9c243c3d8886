using System.Text.Json.Nodes;
using OpenRem.Dicom.Serialization;
using OpenRem.Dicom.Tests.Support;

namespace OpenRem.Dicom.Tests.IO;

/// <summary>Read, write as Explicit VR Little Endian, read again: the same dataset, for every corpus file.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Files() => CorpusFiles.AllAsTheoryData();

    [Theory]
    [MemberData(nameof(Files))]
    public void Writing_explicit_little_endian_and_reading_again_gives_the_same_dataset(string path)
    {
        CorpusFiles.RequirePresent(path);
        if (IsRefused(path))
        {
            return;
        }

        var original = DicomFile.Open(path);
        var syntax = original.Dataset.InternalTransferSyntax.IsEncapsulated
            ? original.Dataset.InternalTransferSyntax
            : DicomTransferSyntax.ExplicitVRLittleEndian;
        var copy = new DicomFile(DicomFileMetaInformation.Create(original.Dataset, syntax), original.Dataset);

        using var buffer = new MemoryStream();
        copy.Save(buffer);
        buffer.Position = 0;
        var reread = DicomFile.Open(buffer, fileName: CorpusFiles.ShortName(path));

        Assert.Equal(syntax, reread.FileMetaInfo.TransferSyntax);
        var differences = JsonDifference.Between(
            PaddedToEvenLength(JsonNode.Parse(DicomJsonWriter.Serialize(original.Dataset))),
            JsonNode.Parse(DicomJsonWriter.Serialize(reread.Dataset)));
        Assert.True(differences.Count == 0, $"{CorpusFiles.ShortName(path)}: " + string.Join("\n  ", differences.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Writing_implicit_little_endian_keeps_every_value(string path)
    {
        CorpusFiles.RequirePresent(path);
        if (IsRefused(path))
        {
            return;
        }

        var original = DicomFile.Open(path);
        if (original.Dataset.InternalTransferSyntax.IsEncapsulated)
        {
            // Encapsulated pixel data exists only in explicit VR transfer syntaxes (PS3.5 A.4).
            Assert.True(original.Dataset.InternalTransferSyntax.IsExplicitVR);
            return;
        }

        using var buffer = new MemoryStream();
        new DicomFile(DicomFileMetaInformation.Create(original.Dataset, DicomTransferSyntax.ImplicitVRLittleEndian), original.Dataset).Save(buffer);
        buffer.Position = 0;
        var reread = DicomFile.Open(buffer);

        var expected = PaddedToEvenLength(JsonNode.Parse(DicomJsonWriter.Serialize(original.Dataset)));
        var actual = JsonNode.Parse(DicomJsonWriter.Serialize(reread.Dataset));
        // Without a stated VR, private and unknown elements come back as UN and ambiguous ones (US or OW...)
        // take the VR the standard's rules give: compare values where the dictionary fixes the VR.
        var differences = JsonDifference.Between(expected, actual, p => p.EndsWith("/vr", StringComparison.Ordinal) || !HasFixedVr(p));
        Assert.True(differences.Count == 0, $"{CorpusFiles.ShortName(path)}: " + string.Join("\n  ", differences.Take(20)));
    }

    /// <summary>The corpus files that are broken (truncated, not DICOM) are refused by the reader; see PydicomDeviations.</summary>
    private static bool IsRefused(string path)
    {
        if (!Serialization.PydicomDeviations.For(CorpusFiles.ShortName(path)).Any(d => d.Refused))
        {
            return false;
        }

        Assert.Throws<DicomFileException>(() => DicomFile.Open(path));
        return true;
    }

    private static bool HasFixedVr(string path)
    {
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 8 && DicomTag.TryParse(part, out var tag))
            {
                var entry = DicomDictionary.Default.Lookup(tag);
                var vrs = entry.ValueRepresentations;
                if (tag.IsPrivate || vrs.Count != 1 || vrs[0] == DicomVR.UN || entry.Keyword.Length == 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Odd-length binary values are written with one padding byte (PS3.5 §7.1.1), so expect it.</summary>
    private static JsonNode? PaddedToEvenLength(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (key == "InlineBinary" && obj[key] is JsonValue value)
                    {
                        var bytes = Convert.FromBase64String(value.GetValue<string>());
                        if (bytes.Length % 2 == 1)
                        {
                            Array.Resize(ref bytes, bytes.Length + 1);
                            obj[key] = Convert.ToBase64String(bytes);
                        }
                    }
                    else
                    {
                        PaddedToEvenLength(obj[key]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    PaddedToEvenLength(child);
                }

                break;
        }

        return node;
    }
}
