using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// After a series-level filter: a study that had series, none of them kept any more, is dropped (and so counted
/// as removed by that filter). A study that never had a series is left to the empty-study rule.
/// </summary>
internal static class AllSeriesFilteredRule
{
    public static DecisionList Decide(IEnumerable<StudyResponse> studies)
    {
        var decisions = new DecisionList();
        foreach (var study in studies.Where(study => study.IsKept && study.Series.Count > 0 && !study.KeptSeries.Any()))
        {
            decisions.Drop(study, DropReason.AllSeriesFiltered);
        }

        return decisions;
    }
}
