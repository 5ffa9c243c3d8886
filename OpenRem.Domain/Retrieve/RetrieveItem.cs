using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Domain.Retrieve;

/// <summary>
/// One C-MOVE to send: a whole series, or one instance of a series retrieved image by image. Numbered as the
/// user sees it: study <see cref="StudyNumber"/> of <see cref="StudyCount"/>, series <see cref="SeriesNumber"/> of
/// <see cref="SeriesCount"/> in that study.
/// </summary>
public sealed record RetrieveItem(
    QueryLevel Level,
    string StudyInstanceUid,
    string SeriesInstanceUid,
    string? SopInstanceUid,
    string Modality,
    int StudyNumber,
    int StudyCount,
    int SeriesNumber,
    int SeriesCount,
    int? ExpectedObjects);
