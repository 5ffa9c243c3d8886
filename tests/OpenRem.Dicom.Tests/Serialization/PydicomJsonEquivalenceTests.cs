using System.Text.Json.Nodes;
using OpenRem.Dicom.Serialization;
using OpenRem.Dicom.Tests.Support;

namespace OpenRem.Dicom.Tests.Serialization;

/// <summary>
/// For every file of Debian python3-pydicom's test data and of the shared samples, our DICOM JSON model of
/// the dataset equals pydicom's, value by value, except where <see cref="PydicomDeviations"/> says pydicom
/// is wrong.
/// </summary>
public sealed class PydicomJsonEquivalenceTests
{
    public static TheoryData<string> Files() => CorpusFiles.AllAsTheoryData();

    [Theory]
    [MemberData(nameof(Files))]
    public void Json_model_equals_pydicoms(string path)
    {
        CorpusFiles.RequirePresent(path);
        var name = CorpusFiles.ShortName(path);
        var reference = PydicomReference.For(path);
        var deviations = PydicomDeviations.For(name).ToList();

        if (reference["error"] is { } error)
        {
            Assert.Fail($"{name}: pydicom cannot read it ({error}); add it to the deviations with a reason if we can.");
        }

        if (deviations.Any(d => d.Refused))
        {
            var refused = Assert.Throws<DicomFileException>(() => DicomFile.Open(path));
            Assert.True(refused.Offset >= 0, $"{name}: the error names no offset: {refused.Message}");
            return;
        }

        var ours = JsonNode.Parse(DicomJsonWriter.Serialize(DicomFile.Open(path).Dataset));
        var dropped = reference["dropped"]!.AsObject().Select(p => p.Key).ToList();
        var unexplained = dropped.Where(p => !deviations.Any(d => p.StartsWith(d.Path, StringComparison.Ordinal))).ToList();
        Assert.True(unexplained.Count == 0, $"{name}: pydicom dropped {string.Join(", ", unexplained)} without a listed reason.");

        var differences = JsonDifference.Between(
            reference["json"],
            ours,
            jsonPath => deviations.Any(d => d.Path.Length == 0 || jsonPath == d.Path || jsonPath.StartsWith(d.Path + "/", StringComparison.Ordinal)));
        Assert.True(differences.Count == 0, $"{name}: {differences.Count} differences from pydicom:\n  " + string.Join("\n  ", differences.Take(25)));
    }

    [Fact]
    public void Every_listed_deviation_names_a_file_of_the_corpora_and_a_reason()
    {
        var names = CorpusFiles.All.Select(CorpusFiles.ShortName).ToHashSet();
        foreach (var deviation in PydicomDeviations.All)
        {
            Assert.Contains(deviation.File, names);
            Assert.False(string.IsNullOrWhiteSpace(deviation.Reason));
        }
    }
}
