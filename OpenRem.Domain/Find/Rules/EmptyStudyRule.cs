using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>[H] After the series rules, a study without a kept series has nothing to retrieve: dropped, whatever its group.</summary>
internal static class EmptyStudyRule
{
    public static DecisionList Decide(IEnumerable<StudyResponse> studies)
    {
        var decisions = new DecisionList();
        foreach (var study in studies.Where(study => study.IsKept && !study.KeptSeries.Any()))
        {
            decisions.Drop(study, DropReason.NoSeriesLeft);
        }

        return decisions;
    }
}
