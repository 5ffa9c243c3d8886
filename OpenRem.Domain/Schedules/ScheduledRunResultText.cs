using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Schedules;

/// <summary>The one line a schedule keeps about the query its last run made.</summary>
public static class ScheduledRunResultText
{
    public static string Of(Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var dates = query.Parameters.DateKeys.Text;
        var kept = $"{DurationText.Count(query.FindCounts.StudiesKept, "study")} and {DurationText.Count(query.FindCounts.SeriesKept, "series")} kept";
        return query.State switch
        {
            QueryState.Done => $"done: {kept}, {DurationText.Count(query.MoveCounts.SeriesCompleted + query.MoveCounts.SeriesWithWarnings, "series")} retrieved ({dates})",
            QueryState.Filtered => $"filtered: {kept} ({dates})",
            QueryState.Failed => $"failed: {FirstLine(query.Error)} ({dates})",
            QueryState.Cancelled => $"cancelled ({dates})",
            _ => $"{query.State.ToString().ToLowerInvariant()} ({dates})",
        };
    }

    private static string FirstLine(string? text) => (text ?? "unknown error").Split('\n')[0].Trim();
}
