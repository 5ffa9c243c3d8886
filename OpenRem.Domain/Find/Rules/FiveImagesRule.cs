using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// [H, CT] With no series descriptions to go by, a dose screen is recognised by size: series of more than five
/// instances are dropped; series of unknown size are kept.
/// </summary>
internal static class FiveImagesRule
{
    public const int MaxInstances = 5;

    public static DecisionList Decide(StudyResponse study) =>
        new DecisionList().DropAll(
            study.KeptSeries.Where(series => series.NumberOfSeriesRelatedInstances > MaxInstances),
            DropReason.MoreThanFiveImages);
}
