using OpenRem.Domain.Imported.Dose;
using OpenRem.Infrastructure.Import.Dose;

namespace OpenRem.Infrastructure.Tests.Import.Dose;

/// <summary>
/// Figures read by hand in the shared samples (dcmdump and pydicom), each named by the content item it comes from;
/// the values in a unit other than the summary's are converted in the comment.
/// </summary>
public sealed class DoseReportReaderSampleTests
{
    private const string SinglePlane = "Single Plane";

    [Fact]
    public void Siemens_flash_ct_gives_its_total_dlp_event_count_and_each_events_dose()
    {
        var summary = Read("CT-RDSR-Siemens_Flash-TAP-SS.dcm");

        Assert.Equal("X-Ray Radiation Dose Report", summary.ReportTitle);
        Assert.Null(summary.ProjectionXRay);
        var ct = Assert.IsType<CtDoseSummary>(summary.Ct);
        Assert.Equal(724.52m, ct.TotalDlp); // CT Accumulated Dose Data > CT Dose Length Product Total: 724.52 [mGycm]
        Assert.Equal(4, ct.IrradiationEventCount); // CT Accumulated Dose Data > Total Number of Irradiation Events: 4 [{events}]
        const string uid = "1.3.6.1.4.1.5962.99.1.2662687737.2058515598.1471541535737.";
        Assert.Equal(
            [
                // CT Acquisition > Acquisition Protocol / Irradiation Event UID / CT Dose > Mean CTDIvol [mGy], DLP [mGycm].
                // The first protocol is UTF-8 "testæøå" in a report that declares ISO_IR 100: read as Latin-1, as declared.
                new CtIrradiationEventDose(uid + "4.0", "test\u00C3\u00A6\u00C3\u00B8\u00C3\u00A5", 0.14m, 11.51m),
                new CtIrradiationEventDose(uid + "5.0", "PreMonitoring", 1.2m, 1.2m),
                new CtIrradiationEventDose(uid + "6.0", "Monitoring", 3.61m, 3.61m),
                new CtIrradiationEventDose(uid + "7.0", "TAP", 9.91m, 708.2m),
            ],
            ct.Events);
        Assert.Equal(ct.TotalDlp, ct.Events.Sum(e => e.Dlp));
    }

    [Fact]
    public void Ges_ct_dose_report_in_enhanced_sr_is_read_and_its_localisers_have_no_ct_dose()
    {
        var summary = Read("CT-ESR-GE_VCT.dcm");

        Assert.Equal("X-Ray Radiation Dose Report", summary.ReportTitle); // Enhanced SR titled (113701, DCM)
        var ct = Assert.IsType<CtDoseSummary>(summary.Ct);
        Assert.Equal(2002.39m, ct.TotalDlp); // CT Dose Length Product Total: 2002.39 [mGycm]
        Assert.Equal(27, ct.IrradiationEventCount); // Total Number of Irradiation Events: 27
        Assert.Equal(27, ct.Events.Count); // 27 CT Acquisition containers
        Assert.Equal(11, ct.Events.Count(e => e.CtdiVol is not null)); // 16 constant angle acquisitions have no CT Dose container
        // The fifth CT Acquisition (event UID ...107.20.0): CT Dose > Mean CTDIvol 32.83 [mGy], DLP 16.41 [mGycm]; no protocol.
        Assert.Equal(new CtIrradiationEventDose("1.3.6.1.4.1.5962.99.1.2026073515.1319176460.1479494856107.20.0", null, 32.83m, 16.41m), ct.Events[4]);
        Assert.Equal(ct.TotalDlp, ct.Events.Sum(e => e.Dlp ?? 0m));
        Assert.Null(summary.ProjectionXRay);
    }

    [Fact]
    public void Carestream_dx_gives_its_total_dap()
    {
        var projection = Projection("DX-RDSR-Carestream_DRXEvolution.dcm");

        // Accumulated X-Ray Dose Data (Single Plane) > Dose Area Product Total 0.00000580999970 [Gy.m2],
        // Dose (RP) Total 0.00029927175492 [Gy]; no fluoroscopy values; 5 Irradiation Event X-Ray Data containers.
        var plane = Assert.Single(projection.Planes);
        Assert.Equal(new ProjectionPlaneDose(SinglePlane, 0.00000580999970m, null, null, null, null, 0.00029927175492m), plane);
        Assert.Equal(0.0000058099997m, projection.TotalDap);
        Assert.Null(projection.TotalFluoroTime);
        Assert.Equal(5, projection.IrradiationEventCount);
        Assert.Empty(projection.AccumulatedAverageGlandularDoses);
    }

    [Fact]
    public void Siemens_zee_fluoroscopy_gives_its_dap_fluoro_time_and_reference_point_dose()
    {
        var projection = Projection("RF-RDSR-Siemens-Zee.dcm");

        // Accumulated X-Ray Dose Data (Single Plane): Dose Area Product Total 1.6e-005 [Gym2], Fluoro Dose Area Product
        // Total 1.6e-005 [Gym2], Acquisition Dose Area Product Total 0 [Gym2], Total Fluoro Time 28 [s], Total
        // Acquisition Time 0 [s], Dose (RP) Total 0.00252 [Gy]; 8 Irradiation Event X-Ray Data containers.
        Assert.Equal(new ProjectionPlaneDose(SinglePlane, 0.000016m, 0.000016m, 0m, 28m, 0m, 0.00252m), Assert.Single(projection.Planes));
        Assert.Equal(0.000016m, projection.TotalDap);
        Assert.Equal(28m, projection.TotalFluoroTime);
        Assert.Equal(0.00252m, projection.ReferencePointDose);
        Assert.Equal(8, projection.IrradiationEventCount);
    }

    [Fact]
    public void Philips_azurion_fluoroscopy_gives_its_dap_fluoro_time_and_reference_point_dose()
    {
        var projection = Projection("RF-RDSR-Philips_Azurion.dcm");

        // Accumulated X-Ray Dose Data (Single Plane): Dose Area Product Total 0.00247409 [Gy.m2], Fluoro ... 0.00101567,
        // Acquisition ... 0.00145842, Total Fluoro Time 567.922 [s], Total Acquisition Time 72.539 [s], Dose (RP) Total 0.54837 [Gy].
        Assert.Equal(new ProjectionPlaneDose(SinglePlane, 0.00247409m, 0.00101567m, 0.00145842m, 567.922m, 72.539m, 0.54837m), Assert.Single(projection.Planes));
        Assert.Equal(0.00247409m, projection.TotalDap);
        Assert.Equal(567.922m, projection.TotalFluoroTime);
        Assert.Equal(0.54837m, projection.ReferencePointDose);
        Assert.Equal(89, projection.IrradiationEventCount);
    }

    [Fact]
    public void Canons_dap_in_dGy_cm2_and_reference_point_dose_in_mGy_are_converted()
    {
        var projection = Projection("RF-RDSR-Canon-Ultimaxi-mGyDoseAtRP.dcm");

        // Dose Area Product Total 126.596 [dGy.cm2] = 0.00126596 Gy.m2; Fluoro ... 106.281 [dGy.cm2]; Acquisition ...
        // 20.315 [dGy.cm2]; Total Fluoro Time 111.000000 [s]; Total Acquisition Time 1.250000 [s]; Dose (RP) Total
        // 30.573 [mGy] = 0.030573 Gy.
        Assert.Equal(new ProjectionPlaneDose(SinglePlane, 0.00126596m, 0.00106281m, 0.00020315m, 111m, 1.25m, 0.030573m), Assert.Single(projection.Planes));
        Assert.Equal(18, projection.IrradiationEventCount);
    }

    [Fact]
    public void The_dual_modality_fluoroscopy_report_has_one_single_plane_container()
    {
        // "Dual" names a system used for both RF and DX, not a biplane one: its one Accumulated X-Ray Dose Data has
        // Acquisition Plane = (113622, DCM) Single Plane. Two-plane summing is in DoseReportReaderTreeTests.
        var projection = Projection("Dual-RDSR-RF.dcm");

        // Dose Area Product Total 0.0000021200 [Gym2], Fluoro ... 0.0000004000, Acquisition ... 0.0000017200,
        // Total Fluoro Time 4 [s], Total Acquisition Time 2 [s], Dose (RP) Total 0.00010 [Gy]; 4 events.
        Assert.Equal(new ProjectionPlaneDose(SinglePlane, 0.00000212m, 0.0000004m, 0.00000172m, 4m, 2m, 0.0001m), Assert.Single(projection.Planes));
        Assert.Equal(0.00000212m, projection.TotalDap);
        Assert.Equal(4m, projection.TotalFluoroTime);
        Assert.Equal(0.0001m, projection.ReferencePointDose);
        Assert.Equal(4, projection.IrradiationEventCount);
    }

    [Fact]
    public void Hologic_mammography_gives_the_accumulated_glandular_dose_of_each_breast()
    {
        var projection = Projection("MG-RDSR-Hologic_2D.dcm");

        // Accumulated X-Ray Dose Data > Accumulated Average Glandular Dose 1.30 [mGy] with Laterality (G-C171, SRT) =
        // (T-04030, SRT) Left breast, then 1.28 [mGy] with Laterality = (T-04020, SRT) Right breast. No DAP.
        Assert.Equal([new GlandularDose("Left breast", 1.30m), new GlandularDose("Right breast", 1.28m)], projection.AccumulatedAverageGlandularDoses);
        Assert.Equal(new ProjectionPlaneDose(SinglePlane, null, null, null, null, null, null), Assert.Single(projection.Planes));
        Assert.Null(projection.TotalDap);
        Assert.Equal(2, projection.IrradiationEventCount);
    }

    [Fact]
    public void Siemens_radiation_summary_report_gives_its_private_dap_and_fluoro_time()
    {
        var summary = Read("RF-ESR-Siemens-Varic.dcm");

        Assert.Equal("Radiation Summary Report", summary.ReportTitle); // (C-10, 99SMS_RADSUM)
        var projection = Assert.IsType<ProjectionXRayDoseSummary>(summary.ProjectionXRay);
        // (C-204, 99SMS_RADSUM) Cumulative dose area product 0.2359 [Gy.cm^2] = 0.00002359 Gy.m2; (C-202) Cumulative
        // fluoro time 34.427 [s]; (C-210) Cumulative air kerma has no Measured Value Sequence. No event containers.
        Assert.Equal(new ProjectionPlaneDose(null, 0.00002359m, null, null, 34.427m, null, null), Assert.Single(projection.Planes));
        Assert.Null(projection.IrradiationEventCount);
        Assert.Null(summary.Ct);
    }

    [Fact]
    public void Canons_report_without_dap_values_gives_null_dap()
    {
        // Accumulated X-Ray Dose Data: Dose Area Product Total, Dose (RP) Total, ... with no Measured Value Sequence;
        // Total Acquisition Time 0.0218 [s].
        var plane = Assert.Single(Projection("DX-RDSR-Canon_CXDI_noDAP.dcm").Planes);

        Assert.Equal(new ProjectionPlaneDose(SinglePlane, null, null, null, null, 0.0218m, null), plane);
    }

    [Theory]
    [InlineData("ESR_non-dose.dcm")] // Enhanced SR titled (18748-4, LN) Diagnostic Imaging Report
    [InlineData("NM-RRDSR-Siemens.dcm")] // Radiopharmaceutical Radiation Dose SR
    [InlineData("CT-SC-Philips_Brilliance16P.dcm")] // Philips dose screen capture (an image)
    [InlineData("DX-Im-Carestream_DRX.dcm")] // a radiograph
    public void An_object_that_is_not_an_x_ray_dose_report_gives_null(string fileName) =>
        Assert.Null(DoseReportReader.Read(DoseSamples.Open(fileName)));

    private static DoseSummary Read(string fileName) =>
        DoseReportReader.Read(DoseSamples.Open(fileName)) ?? throw new Xunit.Sdk.XunitException($"{fileName} gave no dose summary.");

    private static ProjectionXRayDoseSummary Projection(string fileName)
    {
        var summary = Read(fileName);
        Assert.Null(summary.Ct);
        return Assert.IsType<ProjectionXRayDoseSummary>(summary.ProjectionXRay);
    }
}
