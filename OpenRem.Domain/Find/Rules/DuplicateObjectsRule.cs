using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Find.Steps;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// [I] Objects already imported need not be retrieved again. For a study already imported, each kept series is
/// compared object by object with what the importer processed, whatever its modality: a series retrieved whole is
/// first asked for every instance. Imported objects are dropped; a series with some left is then retrieved image
/// by image, a series with none left is dropped. A series whose instances are not all known (the image query
/// failed) or that returned no instances cannot be compared and is kept whole. A study left without series is dropped.
/// </summary>
internal static class DuplicateObjectsRule
{
    public static async Task<DecisionList> DecideAsync(FindContext context, StudyResponse study)
    {
        var decisions = new DecisionList();
        var imported = await context.Imported.FindStudiesAsync(study.StudyInstanceUid, context.CancellationToken).ConfigureAwait(false);
        var known = imported.SelectMany(each => each.Objects).Select(each => each.SopInstanceUid).ToHashSet(StringComparer.Ordinal);
        if (known.Count == 0)
        {
            return decisions;
        }

        foreach (var series in study.KeptSeries.ToList())
        {
            if (!series.MoveImagesIndividually && !series.ImagesComplete)
            {
                await ImageLevelSearch.FindAsync(context, study, series, InstanceSelection.All).ConfigureAwait(false);
            }

            decisions.AddRange(Compare(series, known));
        }

        return decisions;
    }

    private static DecisionList Compare(SeriesResponse series, HashSet<string> known)
    {
        var decisions = new DecisionList();
        var kept = series.KeptImages.ToList();
        var complete = series.MoveImagesIndividually || series.ImagesComplete;
        var already = kept.Where(image => known.Contains(image.SopInstanceUid)).ToList();
        if (!complete || already.Count == 0)
        {
            return decisions;
        }

        foreach (var image in already)
        {
            decisions.Drop(image, DropReason.AlreadyImported);
        }

        return already.Count == kept.Count
            ? decisions.Drop(series, DropReason.AllObjectsAlreadyImported)
            : decisions.MoveByImage(series);
    }
}
