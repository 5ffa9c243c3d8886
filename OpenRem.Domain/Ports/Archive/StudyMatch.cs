namespace OpenRem.Domain.Ports.Archive;

/// <summary>
/// One pending response to a study-level C-FIND. A null value means the archive did not return the key
/// ("unknown"); an empty string or list means it returned the key without a value.
/// </summary>
/// <param name="StudyInstanceUid">The study's UID (required by the standard).</param>
/// <param name="StudyDescription">StudyDescription as received.</param>
/// <param name="StationName">StationName as received.</param>
/// <param name="ModalitiesInStudy">Every value of ModalitiesInStudy as received (a value may hold "CT,SR").</param>
/// <param name="Modality">Modality as received at study level (only asked for with the node's quirk).</param>
/// <param name="NumberOfStudyRelatedSeries">NumberOfStudyRelatedSeries when returned and numeric.</param>
public sealed record StudyMatch(
    string StudyInstanceUid,
    string? StudyDescription = null,
    string? StationName = null,
    IReadOnlyList<string>? ModalitiesInStudy = null,
    string? Modality = null,
    int? NumberOfStudyRelatedSeries = null);
