using System.Text.Json;
using OpenRem.Dicom;
using OpenRem.Web.Cli;

namespace OpenRem.Web.Tests.Cli;

public sealed class DumpVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("openrem-dump-").FullName;

    [Fact]
    public async Task Json_prints_one_line_of_the_DICOM_JSON_model_per_file()
    {
        var first = WriteFile("first.dcm", "Doe^Jane");
        var second = WriteFile("second.dcm", "Roe^Richard");

        var (exitCode, output, error) = await CliRunner.InvokeAsync("dump", "--json", first, second);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var json = JsonDocument.Parse(lines[1]);
        var name = json.RootElement.GetProperty("00100010");
        Assert.Equal("PN", name.GetProperty("vr").GetString());
        Assert.Equal("Roe^Richard", name.GetProperty("Value")[0].GetProperty("Alphabetic").GetString());
        Assert.False(json.RootElement.TryGetProperty("00020010", out _), "The meta group is not part of the dataset.");
    }

    [Fact]
    public async Task Without_json_it_prints_a_listing_like_dcmdump()
    {
        var path = WriteFile("listing.dcm", "Doe^Jane");

        var (exitCode, output, _) = await CliRunner.InvokeAsync("dump", path);

        Assert.Equal(0, exitCode);
        Assert.Contains("# Dicom-Meta-Information-Header", output, StringComparison.Ordinal);
        Assert.Contains("(0010,0010) PN [Doe^Jane]", output, StringComparison.Ordinal);
        Assert.Contains("PatientName", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_gives_one_error_line_with_the_offset_and_the_others_are_still_dumped()
    {
        var good = WriteFile("good.dcm", "Doe^Jane");
        var bytes = File.ReadAllBytes(good);
        var cut = Path.Combine(_folder, "cut.dcm");
        File.WriteAllBytes(cut, bytes[..^3]);
        var missing = Path.Combine(_folder, "missing.dcm");

        var (exitCode, output, error) = await CliRunner.InvokeAsync("dump", "--json", cut, good, missing);

        Assert.Equal(1, exitCode);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var errors = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, errors.Length);
        Assert.Contains(cut, errors[0], StringComparison.Ordinal);
        Assert.Contains("byte offset", errors[0], StringComparison.Ordinal);
        Assert.Contains(missing, errors[1], StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteFile(string name, string patientName)
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTag.SOPClassUID, "1.2.840.10008.5.1.4.1.1.88.67");
        dataset.AddOrUpdate(DicomTag.SOPInstanceUID, "1.2.3.4." + name.Length);
        dataset.AddOrUpdate(DicomTag.PatientName, patientName);
        dataset.AddOrUpdate(DicomTag.StudyDescription, "CT Abdomen");
        var path = Path.Combine(_folder, name);
        new DicomFile(dataset).Save(path);
        return path;
    }
}
