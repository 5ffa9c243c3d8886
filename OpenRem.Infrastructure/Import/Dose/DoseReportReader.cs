using OpenRem.Dicom;
using OpenRem.Domain.Imported.Dose;

namespace OpenRem.Infrastructure.Import.Dose;

/// <summary>
/// Reads the accumulated dose summary of a radiation dose structured report (the whole dataset, as read from its
/// file or received by the Store SCP). It never throws on odd content: a missing item, an element of an unexpected
/// VR, text where a number belongs or an unknown unit leaves that value null and the rest is still read. The content
/// tree is read only as deep as the dose templates go (at most three levels below the root), so deeply nested
/// content costs nothing.
/// </summary>
public static class DoseReportReader
{
    /// <summary>
    /// The dose summary of <paramref name="dataset"/>; null when it is not an X-ray dose report (an image, a
    /// radiopharmaceutical dose report, an Enhanced SR with another title such as a diagnostic imaging report).
    /// </summary>
    public static DoseSummary? Read(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var title = dataset.ConceptName();
        if (!DoseReportRecognition.IsDoseReport(dataset, title))
        {
            return null;
        }

        return new DoseSummary(title?.Meaning, CtDoseReader.Read(dataset), ProjectionDoseReader.Read(dataset));
    }
}
