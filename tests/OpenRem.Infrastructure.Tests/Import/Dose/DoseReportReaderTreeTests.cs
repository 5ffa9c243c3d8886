using OpenRem.Dicom;
using OpenRem.Domain.Imported.Dose;
using OpenRem.Infrastructure.Import.Dose;
using static OpenRem.Infrastructure.Tests.Import.Dose.SrTree;

namespace OpenRem.Infrastructure.Tests.Import.Dose;

/// <summary>
/// Report trees built here, well-formed and odd: which reports are read, how planes add up, how CT events are
/// counted, and that truncated trees, text where a number belongs, unknown units, wrong VRs, empty sequences and deep
/// nesting give null values and never an exception.
/// </summary>
public sealed class DoseReportReaderTreeTests
{
    private const string DapTotal = "113722";

    /// <summary>A Dose Area Product Total item as built by each case, and the Gy·m² the reader should make of it.</summary>
    private static readonly Dictionary<string, (Func<DicomDataset> Build, decimal? Expected)> DapCases = new(StringComparer.Ordinal)
    {
        ["12.5 Gy.m2"] = (() => Num(DapTotal, "12.5", "Gy.m2"), 12.5m),
        ["12.5 dGy.cm2"] = (() => Num(DapTotal, "12.5", "dGy.cm2"), 0.000125m),
        ["12.5 cGy.cm2"] = (() => Num(DapTotal, "12.5", "cGy.cm2"), 0.0000125m),
        ["12.5 mGy.cm2"] = (() => Num(DapTotal, "12.5", "mGy.cm2"), 0.00000125m),
        ["12.5 uGy.m2"] = (() => Num(DapTotal, "12.5", "uGy.m2"), 0.0000125m),
        ["12.5 Gym2 (Siemens' spelling)"] = (() => Num(DapTotal, "12.5", "Gym2"), 12.5m),
        ["exponent 1.6e-005 Gy.m2"] = (() => Num(DapTotal, "1.6e-005", "Gy.m2"), 0.000016m),
        ["padded ' 7 ' Gy.m2"] = (() => Num(DapTotal, " 7 ", "Gy.m2"), 7m),
        ["two values 1\\2: the first"] = (() => Num(DapTotal, "1\\2", "Gy.m2"), 1m),
        ["no unit"] = (() => Num(DapTotal, "12.5", unit: null), null),
        ["unit in the wrong case GY.M2"] = (() => Num(DapTotal, "12.5", "GY.M2"), null),
        ["unknown unit furlong"] = (() => Num(DapTotal, "12.5", "furlong"), null),
        ["a dose unit for a DAP (mGy)"] = (() => Num(DapTotal, "12.5", "mGy"), null),
        ["text abc"] = (() => Num(DapTotal, "abc", "Gy.m2"), null),
        ["decimal comma 1,5"] = (() => Num(DapTotal, "1,5", "Gy.m2"), null),
        ["NaN"] = (() => Num(DapTotal, "NaN", "Gy.m2"), null),
        ["empty value"] = (() => Num(DapTotal, "", "Gy.m2"), null),
        ["too large 1e400"] = (() => Num(DapTotal, "1e400", "Gy.m2"), null),
        ["no Measured Value Sequence"] = (() => Num(DapTotal, value: null, unit: null), null),
        ["empty Measured Value Sequence"] = (() => Num(DapTotal, null, null).Also(i => i.AddOrUpdate(new DicomSequence(DicomTag.MeasuredValueSequence))), null),
        ["empty units sequence"] = (() => Num(DapTotal, "12.5", "Gy.m2").Also(i => Measured(i).AddOrUpdate(new DicomSequence(DicomTag.MeasurementUnitsCodeSequence))), null),
        ["Numeric Value as FD"] = (() => Num(DapTotal, "0", "Gy.m2").Also(i => Measured(i).AddOrUpdate(DicomVR.FD, DicomTag.NumericValue, 12.5)), 12.5m),
        ["Numeric Value as LT text"] = (() => Num(DapTotal, "0", "Gy.m2").Also(i => Measured(i).AddOrUpdate(DicomVR.LT, DicomTag.NumericValue, "12.5")), 12.5m),
        ["Numeric Value as UN bytes"] = (() => Num(DapTotal, "0", "Gy.m2").Also(i => Measured(i).AddOrUpdate(new DicomElement(DicomTag.NumericValue, DicomVR.UN, "12.5"u8.ToArray()))), null),
        ["Floating Point Value only"] = (() => Num(DapTotal, "0", "Gy.m2").Also(i => Measured(i).Also(m => m.Remove(DicomTag.NumericValue)).AddOrUpdate(DicomTag.FloatingPointValue, 0.1)), 0.1m),
        ["text Numeric Value, then Floating Point Value"] = (() => Num(DapTotal, "abc", "Gy.m2").Also(i => Measured(i).AddOrUpdate(DicomTag.FloatingPointValue, 2.5)), 2.5m),
        ["Floating Point Value NaN"] = (() => Num(DapTotal, "", "Gy.m2").Also(i => Measured(i).AddOrUpdate(DicomTag.FloatingPointValue, double.NaN)), null),
        ["Measured Value Sequence as a text element"] = (() => Num(DapTotal, null, null).Also(i => i.AddOrUpdate(DicomVR.LT, DicomTag.MeasuredValueSequence, "12.5")), null),
    };

    public static TheoryData<string> DapCaseNames => [.. DapCases.Keys];

    [Theory]
    [MemberData(nameof(DapCaseNames))]
    public void A_dose_area_product_total_reads_as_its_value_and_unit_say(string name)
    {
        var (build, expected) = DapCases[name];
        var report = DoseReport(Container("113702", Plane("Single Plane"), build(), Num("113730", "28", "s")));

        var plane = Assert.Single(Projection(report).Planes);

        Assert.Equal(expected, plane.TotalDap);
        Assert.Equal(28m, plane.TotalFluoroTime); // the rest of the container is still read
    }

    [Fact]
    public void Two_planes_are_kept_in_order_and_their_totals_add_up_where_given()
    {
        var report = DoseReport(
            Container("113702", Plane("Plane A"), Num("113722", "0.002", "Gy.m2"), Num("113730", "120", "s"), Num("113725", "0.3", "Gy"), Num("113855", "4", "s")),
            Container("113702", Plane("Plane B"), Num("113722", "50", "dGy.cm2"), Num("113730", "1", "min"), Num("113726", "10", "dGy.cm2"), Num("113727", "40", "dGy.cm2")),
            Container("113706"),
            Container("113706"),
            Container("113706"));

        var projection = Projection(report);

        Assert.Equal(
            [
                new ProjectionPlaneDose("Plane A", 0.002m, null, null, 120m, 4m, 0.3m),
                new ProjectionPlaneDose("Plane B", 0.0005m, 0.0001m, 0.0004m, 60m, null, null),
            ],
            projection.Planes);
        Assert.Equal(0.0025m, projection.TotalDap);
        Assert.Equal(180m, projection.TotalFluoroTime);
        Assert.Equal(0.3m, projection.ReferencePointDose); // only plane A gives it
        Assert.Equal(3, projection.IrradiationEventCount);
    }

    [Fact]
    public void Totals_are_null_when_no_plane_gives_the_value_or_the_sum_does_not_fit()
    {
        var report = DoseReport(
            Container("113702", Num("113722", "79228162514264337593543950335", "Gy.m2")),
            Container("113702", Num("113722", "1", "Gy.m2")));

        var projection = Projection(report);

        Assert.Equal([null, null], projection.Planes.Select(plane => plane.Plane));
        Assert.Equal(decimal.MaxValue, projection.Planes[0].TotalDap);
        Assert.Null(projection.TotalDap);
        Assert.Null(projection.TotalFluoroTime);
        Assert.Null(projection.ReferencePointDose);
        Assert.Equal(0, projection.IrradiationEventCount);
    }

    [Fact]
    public void Glandular_doses_keep_their_laterality_in_either_coding_and_none_when_missing()
    {
        var report = DoseReport(
            Container("113702",
                Num("111637", "1.3", "mGy").WithChildren(Laterality("Left breast")),
                Num("111637", "0.0012", "Gy").WithChildren(CodeItem(new("272741003", "SCT", "Laterality"), new("80248007", "SCT", "Both breasts"), "HAS CONCEPT MOD")),
                Num("111637", "2", "mGy"),
                Num("111637", "2", "rad").WithChildren(Laterality("Right breast"))));

        Assert.Equal(
            [
                new GlandularDose("Left breast", 1.3m),
                new GlandularDose("Both breasts", 1.2m),
                new GlandularDose(null, 2m),
                new GlandularDose("Right breast", null),
            ],
            Projection(report).AccumulatedAverageGlandularDoses);
    }

    [Fact]
    public void Ct_events_are_counted_from_the_report_else_from_its_acquisitions()
    {
        static DicomDataset Acquisition(string uid, string? ctdi) =>
            Container("113819", UidRef("113769", uid), Text("125203", "Head"), Container("113829", Num("113830", ctdi, "mGy"), Num("113838", "100", "mGy.cm")));

        var stated = DoseReport(Container("113811", Num("113812", "7", "{events}"), Num("113813", "1", "Gy.cm")), Acquisition("1.2.3", "12.5"));
        var fractional = DoseReport(Container("113811", Num("113812", "2.5", "{events}")), Acquisition("1.2.3", "12.5"), Acquisition("1.2.4", "abc"));
        var noAccumulated = DoseReport(Acquisition("1.2.3", null), Acquisition("1.2.4", "3"), Acquisition("1.2.5", "4"));

        var first = Ct(stated);
        Assert.Equal(7, first.IrradiationEventCount);
        Assert.Equal(1000m, first.TotalDlp);
        Assert.Equal([new CtIrradiationEventDose("1.2.3", "Head", 12.5m, 100m)], first.Events);

        var second = Ct(fractional);
        Assert.Equal(2, second.IrradiationEventCount);
        Assert.Null(second.TotalDlp);
        Assert.Equal([12.5m, null], second.Events.Select(e => e.CtdiVol));

        var third = Ct(noAccumulated);
        Assert.Equal(3, third.IrradiationEventCount);
        Assert.Null(third.TotalDlp);
        Assert.Equal([null, 3m, 4m], third.Events.Select(e => e.CtdiVol));
    }

    [Fact]
    public void A_ct_event_without_its_items_has_null_values()
    {
        var report = DoseReport(
            Container("113819", Text("125203", "   "), Container("113829")),
            Container(
                "113819",
                UidRef("113769", ""),
                Text("125203", "Head").Also(text => text.AddOrUpdate(DicomVR.FD, DicomTag.TextValue, 1.0)),
                Container("113829", Num("113830", "1", "mGy"))));

        Assert.Equal(
            [new CtIrradiationEventDose(null, null, null, null), new CtIrradiationEventDose(null, null, 1m, null)],
            Ct(report).Events);
    }

    [Theory]
    [InlineData(XRayRadiationDoseSr, "113701", "DCM", "X-Ray Radiation Dose Report", true)]
    [InlineData(XRayRadiationDoseSr, "18748-4", "LN", "Diagnostic Imaging Report", true)] // the SOP class says dose report
    [InlineData(EnhancedSr, "113701", "DCM", "X-Ray Radiation Dose Report", true)]
    [InlineData(EnhancedSr, "113701", "dcm", "X-Ray Radiation Dose Report", true)]
    [InlineData(ComprehensiveSr, "113701", "DCM", "X-Ray Radiation Dose Report", true)]
    [InlineData(null, "113701", "DCM", "X-Ray Radiation Dose Report", true)]
    [InlineData(EnhancedSr, "C-10", "99SMS_RADSUM", "Radiation Summary Report", true)]
    [InlineData(EnhancedSr, "RSR", "99OTHER", "RADIATION SUMMARY REPORT", true)]
    [InlineData(EnhancedSr, "18748-4", "LN", "Diagnostic Imaging Report", false)]
    [InlineData(EnhancedSr, "113701", "99PRIVATE", "Something else", false)]
    [InlineData(RadiopharmaceuticalRadiationDoseSr, "113500", "DCM", "Radiopharmaceutical Radiation Dose Report", false)]
    [InlineData(RadiopharmaceuticalRadiationDoseSr, "113701", "DCM", "X-Ray Radiation Dose Report", false)]
    [InlineData(CtImage, "113701", "DCM", "X-Ray Radiation Dose Report", false)]
    [InlineData(EnhancedSr, null, null, null, false)]
    [InlineData(null, null, null, null, false)]
    public void Which_reports_are_read(string? sopClass, string? code, string? scheme, string? meaning, bool read)
    {
        var title = code is null ? null : new SrTreeCode(code, scheme!, meaning);
        var report = Report(sopClass, title, Container("113811", Num("113813", "5", "mGy.cm")));

        var summary = DoseReportReader.Read(report);

        Assert.Equal(read, summary is not null);
        if (summary is not null)
        {
            Assert.Equal(meaning, summary.ReportTitle);
            Assert.Equal(5m, summary.Ct?.TotalDlp);
        }
    }

    [Fact]
    public void A_dose_report_without_dose_content_gives_a_summary_with_neither_part()
    {
        var empty = DoseReport();
        var emptySequence = DoseReport().Also(r => r.AddOrUpdate(new DicomSequence(DicomTag.ContentSequence)));
        var wrongVr = DoseReport().Also(r => r.AddOrUpdate(new DicomElement(DicomTag.ContentSequence, DicomVR.UN, new byte[] { 1, 2, 3, 4 })));
        var unnamed = DoseReport(new DicomDataset(), new DicomDataset().Also(i => i.AddOrUpdate(new DicomSequence(DicomTag.ConceptNameCodeSequence))), Num("113722", "1", "Gy.m2"));

        foreach (var report in new[] { empty, emptySequence, wrongVr, unnamed })
        {
            Assert.Equal(new DoseSummary("X-Ray Radiation Dose Report", null, null), DoseReportReader.Read(report));
        }
    }

    [Fact]
    public void Siemens_radiation_summary_values_make_one_unnamed_plane()
    {
        var radsum = new SrTreeCode("C-10", "99SMS_RADSUM", "Radiation Summary Report");
        var report = Report(
            EnhancedSr,
            radsum,
            Num(new SrTreeCode("C-202", "99SMS_RADSUM", "Cumulative fluoro time"), "34.4", "s"),
            Num(new SrTreeCode("C-204", "99SMS_RADSUM", "Cumulative dose area product"), "0.2359", "Gy.cm^2"),
            Num(new SrTreeCode("C-210", "99SMS_RADSUM", "Cumulative air kerma"), "1.5", "mGy"));

        var projection = Projection(report);

        Assert.Equal(new ProjectionPlaneDose(null, 0.00002359m, null, null, 34.4m, null, 0.0015m), Assert.Single(projection.Planes));
        Assert.Null(projection.IrradiationEventCount);
    }

    [Fact]
    public void Deep_nesting_under_the_dose_containers_is_not_walked()
    {
        var deep = Container("113702");
        for (var level = 0; level < 100_000; level++)
        {
            deep = Container(level % 2 == 0 ? "113702" : "113819", deep, Num("113722", "1", "Gy.m2"));
        }

        var report = DoseReport(
            Container("113702", Plane("Single Plane"), Num("113722", "3", "Gy.m2"), deep),
            Container("113819", deep, Container("113829", Num("113830", "2", "mGy"), deep)));

        var summary = DoseReportReader.Read(report);

        Assert.Equal(3m, summary?.ProjectionXRay?.TotalDap);
        Assert.Equal(2m, Assert.Single(summary?.Ct?.Events ?? []).CtdiVol);
    }

    private static DicomDataset Measured(DicomDataset num) => num.GetSequence(DicomTag.MeasuredValueSequence).Items[0];

    private static ProjectionXRayDoseSummary Projection(DicomDataset report) =>
        DoseReportReader.Read(report)?.ProjectionXRay ?? throw new Xunit.Sdk.XunitException("No projection X-ray summary.");

    private static CtDoseSummary Ct(DicomDataset report) =>
        DoseReportReader.Read(report)?.Ct ?? throw new Xunit.Sdk.XunitException("No CT summary.");
}
