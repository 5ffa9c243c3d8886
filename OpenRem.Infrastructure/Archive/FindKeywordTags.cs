using OpenRem.Dicom;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Archive;

/// <summary>The DICOM tag of each keyword the Domain's C-FIND identifiers use.</summary>
internal static class FindKeywordTags
{
    public static DicomTag Of(FindKeyword keyword) => keyword switch
    {
        FindKeyword.SpecificCharacterSet => DicomTag.SpecificCharacterSet,
        FindKeyword.StudyDate => DicomTag.StudyDate,
        FindKeyword.StudyTime => DicomTag.StudyTime,
        FindKeyword.ModalitiesInStudy => DicomTag.ModalitiesInStudy,
        FindKeyword.Modality => DicomTag.Modality,
        FindKeyword.StudyDescription => DicomTag.StudyDescription,
        FindKeyword.StudyInstanceUid => DicomTag.StudyInstanceUID,
        FindKeyword.NumberOfStudyRelatedSeries => DicomTag.NumberOfStudyRelatedSeries,
        FindKeyword.StationName => DicomTag.StationName,
        FindKeyword.SeriesDescription => DicomTag.SeriesDescription,
        FindKeyword.SeriesNumber => DicomTag.SeriesNumber,
        FindKeyword.SeriesInstanceUid => DicomTag.SeriesInstanceUID,
        FindKeyword.NumberOfSeriesRelatedInstances => DicomTag.NumberOfSeriesRelatedInstances,
        FindKeyword.SeriesTime => DicomTag.SeriesTime,
        FindKeyword.SopInstanceUid => DicomTag.SOPInstanceUID,
        FindKeyword.SopClassUid => DicomTag.SOPClassUID,
        FindKeyword.InstanceNumber => DicomTag.InstanceNumber,
        _ => throw new ArgumentOutOfRangeException(nameof(keyword), keyword, "No DICOM tag is known for this keyword."),
    };
}
