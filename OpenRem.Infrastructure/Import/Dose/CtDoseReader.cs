using OpenRem.Dicom;
using OpenRem.Domain.Imported.Dose;

namespace OpenRem.Infrastructure.Import.Dose;

/// <summary>
/// Reads the CT part of an X-ray dose report (TID 10011): the root's CT Accumulated Dose Data container (TID 10012)
/// and its CT Acquisition containers (TID 10013), each with its CT Dose container.
/// </summary>
internal static class CtDoseReader
{
    /// <summary>The CT summary; null when the report has neither accumulated CT dose data nor CT acquisitions.</summary>
    public static CtDoseSummary? Read(DicomDataset report)
    {
        var accumulated = report.Child(DoseConcepts.CtAccumulatedDoseData);
        var acquisitions = report.ChildrenNamed(DoseConcepts.CtAcquisition).ToList();
        if (accumulated is null && acquisitions.Count == 0)
        {
            return null;
        }

        return new CtDoseSummary(
            accumulated?.Child(DoseConcepts.CtDoseLengthProductTotal).Number(DoseUnit.MilligrayCentimetre),
            accumulated?.Child(DoseConcepts.TotalNumberOfIrradiationEvents).Count() ?? acquisitions.Count,
            [.. acquisitions.Select(ReadEvent)]);
    }

    private static CtIrradiationEventDose ReadEvent(DicomDataset acquisition)
    {
        var dose = acquisition.Child(DoseConcepts.CtDose);
        return new CtIrradiationEventDose(
            acquisition.Child(DoseConcepts.IrradiationEventUid)?.Text(DicomTag.UID),
            acquisition.Child(DoseConcepts.AcquisitionProtocol)?.Text(DicomTag.TextValue),
            dose?.Child(DoseConcepts.MeanCtdiVol).Number(DoseUnit.Milligray),
            dose?.Child(DoseConcepts.Dlp).Number(DoseUnit.MilligrayCentimetre));
    }
}
