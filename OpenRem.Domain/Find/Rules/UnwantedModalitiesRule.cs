using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// [G] A study holding no modality code of any group asked for was not asked for (the archive ignored
/// ModalitiesInStudy, or the study's modalities are unknown): dropped. Codes are compared whole, so "OCT" is not CT.
/// </summary>
internal static class UnwantedModalitiesRule
{
    public static DecisionList Decide(IEnumerable<StudyResponse> studies)
    {
        var decisions = new DecisionList();
        foreach (var study in studies.Where(study => study.IsKept && study.Group is null))
        {
            decisions.Drop(study, DropReason.UnwantedModalities(study.ModalitiesInStudy));
        }

        return decisions;
    }
}
