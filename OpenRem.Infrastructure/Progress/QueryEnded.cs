using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence.Progress;

namespace OpenRem.Infrastructure.Progress;

/// <summary>The query's run ended done, failed or cancelled; <see cref="Snapshot"/> holds its final state, counts and error.</summary>
public sealed record QueryEnded(Guid QueryId, long Sequence, DateTimeOffset At, QueryProgressSnapshot Snapshot)
    : QueryProgressEvent(QueryId, Sequence, At)
{
    /// <summary>Done, failed or cancelled.</summary>
    public QueryState State => Snapshot.State;

    /// <summary>Why the query failed, when it did.</summary>
    public string? Error => Snapshot.Error;
}
