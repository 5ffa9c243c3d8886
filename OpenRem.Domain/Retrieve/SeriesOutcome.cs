using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Retrieve;

/// <summary>Folds the results of a series' requests into one <see cref="SeriesRetrieval"/>: the worst status, summed counts.</summary>
internal static class SeriesOutcome
{
    public static SeriesRetrieval Of(IReadOnlyList<MoveAttemptResult> results)
    {
        if (results.Count == 0)
        {
            return SeriesRetrieval.NotAttempted;
        }

        var status = results.Any(result => result.Status == RetrievalStatus.Failed) ? RetrievalStatus.Failed
            : results.Any(result => result.Status == RetrievalStatus.CompletedWithWarnings) ? RetrievalStatus.CompletedWithWarnings
            : RetrievalStatus.Completed;
        var counts = results.Aggregate(SubOperationCounts.None, (sum, result) => sum.Add(result.Counts));
        var problem = results.Select(result => result.Problem).FirstOrDefault(text => text is not null);
        return new SeriesRetrieval(status, counts, results.Max(result => result.Attempts), problem);
    }
}
