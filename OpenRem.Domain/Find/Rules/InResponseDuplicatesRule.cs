using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// [B] A study is often returned by several requests (DX and CR, RF and XA, CT and PT): every response after the
/// first with the same study instance UID is dropped.
/// </summary>
internal static class InResponseDuplicatesRule
{
    public static DecisionList Decide(IEnumerable<StudyResponse> studies)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var decisions = new DecisionList();
        foreach (var study in studies)
        {
            if (!seen.Add(study.StudyInstanceUid) && study.IsKept)
            {
                decisions.Drop(study, DropReason.SentTwice);
            }
        }

        return decisions;
    }
}
