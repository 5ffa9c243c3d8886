using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Find.Steps;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// [H, CT, Toshiba option] The Toshiba dose extractor needs the first image of each series, or the whole series
/// of a dose screen. Each kept series is asked for its first image: a series without one is dropped; a series
/// whose first image is a Secondary Capture is retrieved whole; otherwise only the first image is retrieved.
/// </summary>
internal static class ToshibaPreparation
{
    public static async Task<DecisionList> DecideAsync(FindContext context, StudyResponse study)
    {
        var decisions = new DecisionList();
        foreach (var series in study.KeptSeries.ToList())
        {
            await ImageLevelSearch.FindAsync(context, study, series, InstanceSelection.First).ConfigureAwait(false);
            var kept = series.KeptImages.ToList();
            if (kept.Count == 0)
            {
                decisions.Drop(series, DropReason.ToshibaNoImages);
            }
            else if (kept[0].SopClassUid != SopClassUids.SecondaryCapture)
            {
                decisions.MoveByImage(series);
                foreach (var image in kept.Skip(1))
                {
                    decisions.Drop(image, DropReason.ToshibaFirstImageOnly);
                }
            }
        }

        return decisions;
    }
}
