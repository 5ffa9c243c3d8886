using OpenRem.Dicom;

namespace OpenRem.Infrastructure.Import.Dose;

/// <summary>
/// Which structured reports carry an X-ray dose summary: every X-Ray Radiation Dose SR and Enhanced X-Ray Radiation
/// Dose SR; and any other SR (Enhanced, Comprehensive...) or a dataset without SOP class whose title is "X-Ray
/// Radiation Dose Report" (113701, DCM), as GE's CT dose reports in Enhanced SR, or a radiation summary report.
/// Radiopharmaceutical Radiation Dose SRs hold no X-ray dose and are not read; neither is any non-SR object.
/// </summary>
internal static class DoseReportRecognition
{
    private const string XRayRadiationDoseSr = "1.2.840.10008.5.1.4.1.1.88.67";
    private const string EnhancedXRayRadiationDoseSr = "1.2.840.10008.5.1.4.1.1.88.76";
    private const string RadiopharmaceuticalRadiationDoseSr = "1.2.840.10008.5.1.4.1.1.88.68";
    private const string StructuredReportClasses = "1.2.840.10008.5.1.4.1.1.88.";
    private const string RadiationSummaryReport = "Radiation Summary Report";

    public static bool IsDoseReport(DicomDataset dataset, SrCode? title)
    {
        var sopClass = dataset.Text(DicomTag.SOPClassUID);
        if (sopClass is XRayRadiationDoseSr or EnhancedXRayRadiationDoseSr)
        {
            return true;
        }

        if (sopClass is not null && (sopClass == RadiopharmaceuticalRadiationDoseSr || !sopClass.StartsWith(StructuredReportClasses, StringComparison.Ordinal)))
        {
            return false;
        }

        return DoseConcepts.XRayRadiationDoseReport.Matches(title) || IsRadiationSummary(title);
    }

    private static bool IsRadiationSummary(SrCode? title) =>
        DoseConcepts.SiemensRadiationSummaryReport.Matches(title)
        || string.Equals(title?.Meaning, RadiationSummaryReport, StringComparison.OrdinalIgnoreCase);
}
