using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Retrieve;

/// <summary>
/// How far one C-MOVE of the move phase has got: study <see cref="StudyNumber"/> of <see cref="StudyCount"/>,
/// series <see cref="SeriesNumber"/> of <see cref="SeriesCount"/> in that study, with the sub-operation counts the
/// archive has reported so far and the number it says remain (null when it did not say). <see cref="IsFinal"/> is
/// true for the move's last response, false while the archive reports it pending.
/// </summary>
public sealed record SeriesMoveProgress(
    int StudyNumber,
    int StudyCount,
    int SeriesNumber,
    int SeriesCount,
    string Modality,
    int? ExpectedObjects,
    SubOperationCounts SubOperations,
    int? Remaining,
    bool IsFinal);
