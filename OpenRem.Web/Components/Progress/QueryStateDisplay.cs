using MudBlazor;
using OpenRem.Domain.Queries;

namespace OpenRem.Web.Components.Progress;

/// <summary>How a query's state is shown: its label and colour.</summary>
internal static class QueryStateDisplay
{
    public static string Label(QueryState state) => state switch
    {
        QueryState.Queued => "Queued",
        QueryState.Querying => "Querying",
        QueryState.Filtered => "Query finished",
        QueryState.Retrieving => "Retrieving",
        QueryState.Done => "Done",
        QueryState.Failed => "Failed",
        QueryState.Cancelled => "Cancelled",
        _ => state.ToString(),
    };

    public static Color Colour(QueryState state) => state switch
    {
        QueryState.Querying or QueryState.Retrieving => Color.Info,
        QueryState.Filtered or QueryState.Done => Color.Success,
        QueryState.Failed => Color.Error,
        QueryState.Cancelled => Color.Warning,
        _ => Color.Default,
    };

    /// <summary>True while the query is being worked on (its elapsed time still runs).</summary>
    public static bool IsRunning(QueryState state) => state is QueryState.Querying or QueryState.Retrieving;

    /// <summary>An elapsed time as a clock: "0:42", "12:05", "1:02:05".</summary>
    public static string Elapsed(TimeSpan elapsed)
    {
        if (elapsed < TimeSpan.Zero)
        {
            elapsed = TimeSpan.Zero;
        }

        return elapsed.TotalHours >= 1
            ? $"{(int)elapsed.TotalHours}:{elapsed.Minutes:00}:{elapsed.Seconds:00}"
            : $"{elapsed.Minutes}:{elapsed.Seconds:00}";
    }
}
