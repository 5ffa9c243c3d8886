using OpenRem.Dicom;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Archive;

/// <summary>Turns the identifier of a pending C-FIND response into the Domain's match of its level.</summary>
internal static class MatchReader
{
    public static StudyMatch Study(DicomDataset identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return new StudyMatch(
            identifier.Required(DicomTag.StudyInstanceUID),
            identifier.Text(DicomTag.StudyDescription),
            identifier.Text(DicomTag.StationName),
            identifier.Values(DicomTag.ModalitiesInStudy),
            identifier.Text(DicomTag.Modality),
            identifier.Integer(DicomTag.NumberOfStudyRelatedSeries));
    }

    public static SeriesMatch Series(DicomDataset identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return new SeriesMatch(
            identifier.Required(DicomTag.SeriesInstanceUID),
            identifier.Text(DicomTag.Modality),
            identifier.Integer(DicomTag.SeriesNumber),
            identifier.Concatenated(DicomTag.SeriesDescription),
            identifier.Integer(DicomTag.NumberOfSeriesRelatedInstances),
            identifier.Text(DicomTag.StationName),
            identifier.Time(DicomTag.SeriesTime));
    }

    public static ImageMatch Image(DicomDataset identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return new ImageMatch(
            identifier.Required(DicomTag.SOPInstanceUID),
            identifier.Text(DicomTag.SOPClassUID),
            identifier.Integer(DicomTag.InstanceNumber));
    }
}
