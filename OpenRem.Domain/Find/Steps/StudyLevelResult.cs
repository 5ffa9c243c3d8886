namespace OpenRem.Domain.Find.Steps;

/// <summary>What the study-level search learnt: how many calls it made and whether the archive matched on modality.</summary>
/// <param name="Requests">Study-level C-FIND calls made.</param>
/// <param name="RemoteMatchesOnModality">
/// False when a response showed the archive ignores ModalitiesInStudy (it returned a study without the code asked
/// for); the search then stopped, since the archive returns every study to every request.
/// </param>
internal sealed record StudyLevelResult(int Requests, bool RemoteMatchesOnModality);
