namespace OpenRem.Domain.Ports.Archive;

/// <summary>
/// A series-level C-FIND for every series of one study. Return keys: description, number, UID, modality,
/// number of instances, station name, series time and character set.
/// </summary>
public sealed record SeriesFindRequest(string StudyInstanceUid) : FindRequest
{
    /// <inheritdoc />
    public override QueryLevel Level => QueryLevel.Series;

    /// <inheritdoc />
    public override IReadOnlyList<FindKey> Keys =>
    [
        FindKey.Return(FindKeyword.SpecificCharacterSet),
        new(FindKeyword.StudyInstanceUid, StudyInstanceUid),
        FindKey.Return(FindKeyword.SeriesDescription),
        FindKey.Return(FindKeyword.SeriesNumber),
        FindKey.Return(FindKeyword.SeriesInstanceUid),
        FindKey.Return(FindKeyword.Modality),
        FindKey.Return(FindKeyword.NumberOfSeriesRelatedInstances),
        FindKey.Return(FindKeyword.StationName),
        FindKey.Return(FindKeyword.SeriesTime),
    ];
}
