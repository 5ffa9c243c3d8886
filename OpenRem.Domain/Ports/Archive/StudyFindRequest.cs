namespace OpenRem.Domain.Ports.Archive;

/// <summary>
/// A study-level C-FIND for one modality code. Matching keys: StudyDate and StudyTime (empty for all) and
/// ModalitiesInStudy. Return keys: the study description, UID, number of series, station name and character set;
/// an empty Modality key as well when the node has the modality-at-study-level quirk.
/// Patient name, patient ID and accession number are not asked for: nothing here uses them.
/// </summary>
/// <param name="StudyDate">A DICOM date or date range, or empty for all dates.</param>
/// <param name="StudyTime">A DICOM time range, or empty.</param>
/// <param name="ModalityInStudy">The one modality code this request asks for, for example "CT".</param>
/// <param name="IncludeEmptyModalityKey">Whether to add an empty Modality key (the node's quirk).</param>
public sealed record StudyFindRequest(
    string StudyDate,
    string StudyTime,
    string ModalityInStudy,
    bool IncludeEmptyModalityKey) : FindRequest
{
    /// <inheritdoc />
    public override QueryLevel Level => QueryLevel.Study;

    /// <inheritdoc />
    public override IReadOnlyList<FindKey> Keys
    {
        get
        {
            var keys = new List<FindKey>
            {
                FindKey.Return(FindKeyword.SpecificCharacterSet),
                new(FindKeyword.StudyDate, StudyDate),
                new(FindKeyword.StudyTime, StudyTime),
                new(FindKeyword.ModalitiesInStudy, ModalityInStudy),
                FindKey.Return(FindKeyword.StudyDescription),
                FindKey.Return(FindKeyword.StudyInstanceUid),
                FindKey.Return(FindKeyword.NumberOfStudyRelatedSeries),
                FindKey.Return(FindKeyword.StationName),
            };
            if (IncludeEmptyModalityKey)
            {
                keys.Add(FindKey.Return(FindKeyword.Modality));
            }

            return keys;
        }
    }
}
