namespace OpenRem.Domain.Ports.Archive;

/// <summary>
/// One pending response to a series-level C-FIND. A null value means the key was not returned (or, for the
/// numbers, not numeric); an empty string means it was returned empty.
/// </summary>
/// <param name="SeriesInstanceUid">The series' UID.</param>
/// <param name="Modality">Modality as received.</param>
/// <param name="SeriesNumber">SeriesNumber when numeric.</param>
/// <param name="SeriesDescription">SeriesDescription, several values joined without a separator.</param>
/// <param name="NumberOfSeriesRelatedInstances">NumberOfSeriesRelatedInstances when returned and numeric.</param>
/// <param name="StationName">StationName as received.</param>
/// <param name="SeriesTime">SeriesTime when returned and valid.</param>
public sealed record SeriesMatch(
    string SeriesInstanceUid,
    string? Modality = null,
    int? SeriesNumber = null,
    string? SeriesDescription = null,
    int? NumberOfSeriesRelatedInstances = null,
    string? StationName = null,
    TimeOnly? SeriesTime = null);
