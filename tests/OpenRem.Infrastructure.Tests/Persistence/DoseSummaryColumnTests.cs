using OpenRem.Dicom;
using OpenRem.Infrastructure.Import.Dose;
using OpenRem.Infrastructure.Persistence.Conversions;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Persistence;

/// <summary>The dose summary column: what the reader gives for every shared dose report comes back equal from its JSON.</summary>
public sealed class DoseSummaryColumnTests
{
    public static TheoryData<string> Reports => [.. Directory.GetFiles(SharedMaterial.SamplesDirectory, "*.dcm").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_summary_read_back_from_its_column_equals_the_one_written(string sample)
    {
        var summary = DoseReportReader.Read(DicomFile.Open(Path.Combine(SharedMaterial.SamplesDirectory, sample)).Dataset);

        var json = DoseSummaryConverter.Serialize(summary);

        Assert.Equal(summary, DoseSummaryConverter.Deserialize(json));
        Assert.Equal(summary is null, json is null);
    }
}
