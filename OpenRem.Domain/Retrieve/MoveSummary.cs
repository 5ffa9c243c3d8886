using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Retrieve;

/// <summary>The closing text of a move, one statement per line, and the failure to record when it did not all succeed.</summary>
internal static class MoveSummary
{
    public static (string Summary, string? Failure) Build(Query query, RetrievePlan plan, string? abortReason)
    {
        var counts = query.MoveCounts;
        var unretrieved = counts.SeriesFailed + counts.SeriesNotAttempted;
        var lines = new List<string>
        {
            (unretrieved == 0 ? "Move complete. " : "Move incomplete. ")
                + $"{DurationText.Count(plan.StudyCount, "study")}, {DurationText.Count(counts.SeriesPlanned, "series")}, {DurationText.Count(counts.RequestsDone, "request")} sent.",
            $"Cumulative sub-ops {counts.SubOperations}.",
        };
        if (counts.SeriesWithWarnings > 0)
        {
            lines.Add($"{DurationText.Count(counts.SeriesWithWarnings, "series")} completed with warnings.");
        }

        foreach (var failed in plan.Series.Where(series => series.Responses[0].Retrieval.Status == RetrievalStatus.Failed))
        {
            var item = failed.Items[0];
            lines.Add($"Study {item.StudyNumber}, series {item.SeriesNumber} ({failed.SeriesInstanceUid}) failed: {failed.Responses[0].Retrieval.Problem}");
        }

        if (counts.SeriesNotAttempted > 0)
        {
            lines.Add($"{DurationText.Count(counts.SeriesNotAttempted, "series")} not requested: {abortReason ?? "the move was stopped"}.");
        }

        var failure = unretrieved == 0
            ? null
            : $"{unretrieved} of {DurationText.Count(counts.SeriesPlanned, "series")} could not be retrieved.";
        return (string.Join('\n', lines), failure);
    }
}
