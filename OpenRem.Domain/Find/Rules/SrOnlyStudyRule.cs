using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// [D] In SR-only mode, a study holding any modality besides SR is dropped. Run on the ModalitiesInStudy the
/// archive returned (before the series query, sparing it), and again once the series are known, so studies whose
/// archive did not return the key are judged too.
/// </summary>
internal static class SrOnlyStudyRule
{
    public static DecisionList Decide(IEnumerable<StudyResponse> studies)
    {
        var decisions = new DecisionList();
        foreach (var study in studies.Where(study => study.IsKept))
        {
            if (study.ModalitiesInStudy.Any(code => code != ModalityCodes.Sr))
            {
                decisions.Drop(study, DropReason.SrOnlyStudyHasOtherModalities(study.ModalitiesInStudy));
            }
        }

        return decisions;
    }
}
