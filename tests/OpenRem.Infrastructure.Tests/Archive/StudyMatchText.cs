using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>A study match with its modality list as one text, so that two matches compare by value.</summary>
internal sealed record StudyMatchText(string Uid, string? Description, string? Station, string? Modalities, string? Modality, int? Series)
{
    public static StudyMatchText Of(StudyMatch match) => new(
        match.StudyInstanceUid,
        match.StudyDescription,
        match.StationName,
        match.ModalitiesInStudy is { } modalities ? string.Join('\\', modalities) : null,
        match.Modality,
        match.NumberOfStudyRelatedSeries);
}
