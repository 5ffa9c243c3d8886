using OpenRem.Dicom;
using OpenRem.Domain.Imported;
using OpenRem.Infrastructure.Archive;
using OpenRem.Infrastructure.Import.Dose;

namespace OpenRem.Infrastructure.Import;

/// <summary>Reads what the importer records of an object from its data set (the header is enough); lenient, never throws on odd values.</summary>
internal static class ReceivedObjectDescriber
{
    /// <summary>The SOP Instance UID, trimmed; null when absent.</summary>
    public static string? SopInstanceUid(DicomDataset dataset) => dataset.Trimmed(DicomTag.SOPInstanceUID);

    /// <summary>The description, or null with the reason when the object lacks a UID the importer cannot do without.</summary>
    public static ReceivedObjectDescription? Describe(DicomDataset dataset, out string? problem)
    {
        var studyUid = dataset.Trimmed(DicomTag.StudyInstanceUID);
        var seriesUid = dataset.Trimmed(DicomTag.SeriesInstanceUID);
        var sopUid = dataset.Trimmed(DicomTag.SOPInstanceUID);
        problem = studyUid is null ? "it has no Study Instance UID"
            : seriesUid is null ? "it has no Series Instance UID"
            : sopUid is null ? "it has no SOP Instance UID"
            : null;
        if (problem is not null)
        {
            return null;
        }

        var sopClass = dataset.Trimmed(DicomTag.SOPClassUID);
        var kind = ObjectKinds.Of(sopClass, dataset.Contains(DicomTag.Rows) && dataset.Contains(DicomTag.Columns));
        return new ReceivedObjectDescription
        {
            StudyInstanceUid = studyUid!,
            SeriesInstanceUid = seriesUid!,
            SopInstanceUid = sopUid!,
            SopClassUid = sopClass,
            Kind = kind,
            Modality = dataset.Trimmed(DicomTag.Modality)?.ToUpperInvariant(),
            StudyDate = dataset.Date(DicomTag.StudyDate),
            StudyTime = dataset.Time(DicomTag.StudyTime),
            StudyDescription = dataset.Trimmed(DicomTag.StudyDescription),
            AccessionNumber = dataset.Trimmed(DicomTag.AccessionNumber),
            SeriesNumber = dataset.Integer(DicomTag.SeriesNumber),
            SeriesDescription = dataset.Trimmed(DicomTag.SeriesDescription),
            StationName = dataset.Trimmed(DicomTag.StationName),
            Manufacturer = dataset.Trimmed(DicomTag.Manufacturer),
            ManufacturerModelName = dataset.Trimmed(DicomTag.ManufacturerModelName),

            // A structured report has no pixel data, so the header the Store SCP read is the whole report.
            DoseSummary = ObjectKinds.IsDoseReport(kind) ? DoseReportReader.Read(dataset) : null,
        };
    }
}
