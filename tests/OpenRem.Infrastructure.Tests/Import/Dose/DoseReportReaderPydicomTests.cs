using OpenRem.Infrastructure.Import.Dose;

namespace OpenRem.Infrastructure.Tests.Import.Dose;

/// <summary>
/// Every shared sample read by <see cref="DoseReportReader"/> gives the figures an independent reader gives:
/// dose_summary.py, which walks the same content tree with pydicom and converts units by the same documented tables.
/// Decimals compare by value (1.30 equals 1.3).
/// </summary>
public sealed class DoseReportReaderPydicomTests(PydicomDoseSummaries pydicom) : IClassFixture<PydicomDoseSummaries>
{
    private const string XRayRadiationDoseSr = "1.2.840.10008.5.1.4.1.1.88.67";

    public static TheoryData<string> Samples => [.. DoseSamples.All];

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_reads_as_pydicom_reads_it(string fileName)
    {
        var actual = DoseReportReader.Read(DoseSamples.Open(fileName));

        Assert.True(pydicom.Summaries.TryGetValue(fileName, out var expected), $"dose_summary.py gave nothing for {fileName}.");
        DoseSummaryAssert.Equal(expected, actual);
    }

    [Fact]
    public void Every_x_ray_dose_report_and_the_three_dose_reports_in_enhanced_sr_give_a_summary()
    {
        // CATALOGUE.md: 35 X-Ray Radiation Dose SRs; of the 4 Enhanced SRs, GE's two CT dose reports and Siemens'
        // radiation summary report are dose reports, ESR_non-dose.dcm is not.
        string[] doseEsrs = ["CT-ESR-GE_Optima.dcm", "CT-ESR-GE_VCT.dcm", "RF-ESR-Siemens-Varic.dcm"];
        var rdsrs = DoseSamples.All.Where(name => DoseSamples.SopClass(name) == XRayRadiationDoseSr).ToList();

        var withSummary = DoseSamples.All.Where(name => DoseReportReader.Read(DoseSamples.Open(name)) is not null).Order(StringComparer.Ordinal);
        var fromPydicom = pydicom.Summaries.Where(pair => pair.Value is not null).Select(pair => pair.Key).Order(StringComparer.Ordinal);

        Assert.Equal(35, rdsrs.Count);
        Assert.Equal(rdsrs.Concat(doseEsrs).Order(StringComparer.Ordinal), withSummary);
        Assert.Equal(withSummary, fromPydicom);
        Assert.Equal(DoseSamples.All.Count, pydicom.Summaries.Count);
    }
}
