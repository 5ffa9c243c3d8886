using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>At the end: the kept series of a dropped study, and the kept images of a dropped series, are dropped too.</summary>
internal static class ParentDroppedRule
{
    public static DecisionList Decide(IEnumerable<StudyResponse> studies)
    {
        var decisions = new DecisionList();
        foreach (var study in studies)
        {
            foreach (var series in study.Series)
            {
                if (!study.IsKept && series.IsKept)
                {
                    decisions.Drop(series, DropReason.ParentStudyDropped);
                }

                if (!study.IsKept || !series.IsKept)
                {
                    foreach (var image in series.KeptImages)
                    {
                        decisions.Drop(image, DropReason.ParentSeriesDropped);
                    }
                }
            }
        }

        return decisions;
    }
}
