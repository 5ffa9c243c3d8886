using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Retrieve;

/// <summary>The closing text of a move, one statement per line, and the failure to record when it did not all succeed.</summary>
internal static class MoveSummary
{
    /// <param name="shortfalls">The series that did not arrive in full at a store node run by this application; null when the store is external.</param>
    public static (string Summary, string? Failure) Build(Query query, RetrievePlan plan, string? abortReason, IReadOnlyList<ArrivalShortfall>? shortfalls)
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

        if (shortfalls is not null)
        {
            lines.Add($"Arrived at the store node: {counts.ObjectsArrived} of {DurationText.Count(counts.ObjectsExpected, "object")}, {counts.ObjectsImported} imported.");
            foreach (var shortfall in shortfalls)
            {
                var item = shortfall.Series.Items[0];
                lines.Add(shortfall.Arrived < shortfall.Expected
                    ? $"Study {item.StudyNumber}, series {item.SeriesNumber} ({shortfall.Series.SeriesInstanceUid}): {shortfall.Arrived} of {DurationText.Count(shortfall.Expected, "object")} arrived."
                    : $"Study {item.StudyNumber}, series {item.SeriesNumber} ({shortfall.Series.SeriesInstanceUid}): {shortfall.Imported} of {DurationText.Count(shortfall.Arrived, "object")} imported.");
            }
        }

        var problems = new List<string>();
        if (unretrieved > 0)
        {
            problems.Add($"{unretrieved} of {DurationText.Count(counts.SeriesPlanned, "series")} could not be retrieved.");
        }

        if (shortfalls is { Count: > 0 })
        {
            problems.Add($"{shortfalls.Count} of {DurationText.Count(counts.SeriesPlanned, "series")} did not arrive in full at the store node.");
        }

        return (string.Join('\n', lines), problems.Count == 0 ? null : string.Join(' ', problems));
    }

    /// <summary>The most series a stopped move names one by one; more are counted.</summary>
    private const int SeriesNamed = 20;

    /// <summary>
    /// What a move stopped before its end (cancelled, or the application stopped) had done: series retrieved, failed
    /// and not requested (named), requests and sub-operations.
    /// </summary>
    public static string Stopped(Query query, RetrievePlan plan)
    {
        var counts = query.MoveCounts;
        var lines = new List<string>
        {
            $"Move stopped: {counts.SeriesCompleted + counts.SeriesWithWarnings} of {DurationText.Count(counts.SeriesPlanned, "series")} "
                + $"in {DurationText.Count(plan.StudyCount, "study")} retrieved"
                + (counts.SeriesWithWarnings > 0 ? $", {counts.SeriesWithWarnings} with warnings" : string.Empty)
                + (counts.SeriesFailed > 0 ? $", {counts.SeriesFailed} failed" : string.Empty)
                + $"; {DurationText.Count(counts.RequestsDone, "request")} completed.",
            $"Cumulative sub-ops {counts.SubOperations}.",
        };
        var notAttempted = plan.Series.Where(series => series.Responses[0].Retrieval.Status == RetrievalStatus.NotAttempted).ToList();
        if (notAttempted.Count > 0)
        {
            var named = notAttempted.Take(SeriesNamed).Select(series => $"study {series.Items[0].StudyNumber} series {series.Items[0].SeriesNumber}");
            var more = notAttempted.Count > SeriesNamed ? $" and {notAttempted.Count - SeriesNamed} more" : string.Empty;
            lines.Add($"{DurationText.Count(notAttempted.Count, "series")} not retrieved: {string.Join(", ", named)}{more}.");
        }

        return string.Join('\n', lines);
    }
}
