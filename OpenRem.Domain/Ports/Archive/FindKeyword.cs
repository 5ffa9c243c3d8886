namespace OpenRem.Domain.Ports.Archive;

/// <summary>The attributes our C-FIND identifiers use, named by DICOM keyword; the archive adapter maps them to tags.</summary>
public enum FindKeyword
{
    SpecificCharacterSet,
    StudyDate,
    StudyTime,
    ModalitiesInStudy,
    Modality,
    StudyDescription,
    StudyInstanceUid,
    NumberOfStudyRelatedSeries,
    StationName,
    SeriesDescription,
    SeriesNumber,
    SeriesInstanceUid,
    NumberOfSeriesRelatedInstances,
    SeriesTime,
    SopInstanceUid,
    SopClassUid,
    InstanceNumber,
}
