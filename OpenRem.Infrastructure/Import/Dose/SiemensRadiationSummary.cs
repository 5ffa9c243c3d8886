using OpenRem.Dicom;
using OpenRem.Domain.Imported.Dose;

namespace OpenRem.Infrastructure.Import.Dose;

/// <summary>
/// Siemens' radiation summary report (Enhanced SR titled (C-10, 99SMS_RADSUM) "Radiation Summary Report", from mobile
/// C-arms such as the ARCADIS): private NUM items at the root give the cumulative fluoro time (C-202), dose area
/// product (C-204, in Gy.cm^2) and air kerma (C-210). They make one plane without a name; the report lists no events.
/// </summary>
internal static class SiemensRadiationSummary
{
    /// <summary>The plane the report's private values make; null when it has none of them.</summary>
    public static ProjectionPlaneDose? Read(DicomDataset report)
    {
        var fluoroTime = report.Child(DoseConcepts.SiemensCumulativeFluoroTime);
        var dap = report.Child(DoseConcepts.SiemensCumulativeDoseAreaProduct);
        var airKerma = report.Child(DoseConcepts.SiemensCumulativeAirKerma);
        if (fluoroTime is null && dap is null && airKerma is null)
        {
            return null;
        }

        return new ProjectionPlaneDose(
            Plane: null,
            TotalDap: dap.Number(DoseUnit.GraySquareMetre),
            FluoroDap: null,
            AcquisitionDap: null,
            TotalFluoroTime: fluoroTime.Number(DoseUnit.Second),
            TotalAcquisitionTime: null,
            ReferencePointDose: airKerma.Number(DoseUnit.Gray));
    }
}
