using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Infrastructure.Persistence.Progress;

/// <summary>Where a query stands at one moment, copied out of the running query so watchers never touch it.</summary>
public sealed record QueryProgressSnapshot(
    Guid QueryId,
    QueryState State,
    string StageText,
    int StudiesFound,
    int StudiesKept,
    int SeriesKept,
    int MoveRequestsDone,
    int MoveRequestsPlanned,
    SubOperationCounts MoveSubOperations,
    string? Error,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? EndedAt = null)
{
    /// <summary>True once the query is done, failed or cancelled.</summary>
    public bool HasEnded => State is QueryState.Done or QueryState.Failed or QueryState.Cancelled;

    /// <summary>A copy of <paramref name="query"/>'s state and counts.</summary>
    public static QueryProgressSnapshot Of(Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new QueryProgressSnapshot(
            query.Id,
            query.State,
            query.StageText,
            query.FindCounts.StudyMatches,
            query.FindCounts.StudiesKept,
            query.FindCounts.SeriesKept,
            query.MoveCounts.RequestsDone,
            query.MoveCounts.RequestsPlanned,
            query.MoveCounts.SubOperations,
            query.Error,
            query.FindStartedAt ?? query.MoveStartedAt,
            EndOf(query));
    }

    /// <summary>When the run that left the query in its state ended: null while it runs, or when it was not recorded.</summary>
    private static DateTimeOffset? EndOf(Query query) => query.State switch
    {
        QueryState.Filtered => query.FindEndedAt,
        QueryState.Done or QueryState.Failed or QueryState.Cancelled => query.MoveEndedAt ?? query.FindEndedAt,
        _ => null,
    };
}
