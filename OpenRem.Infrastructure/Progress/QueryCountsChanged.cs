using OpenRem.Infrastructure.Persistence.Progress;

namespace OpenRem.Infrastructure.Progress;

/// <summary>Some of the query's counts changed; <see cref="Snapshot"/> is where it stands now. Coalesced: the latest wins.</summary>
public sealed record QueryCountsChanged(Guid QueryId, long Sequence, DateTimeOffset At, QueryProgressSnapshot Snapshot)
    : QueryProgressEvent(QueryId, Sequence, At)
{
    internal override bool IsLatestOnly => true;
}
