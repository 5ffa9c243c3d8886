using OpenRem.Infrastructure.Persistence.Progress;

namespace OpenRem.Infrastructure.Progress;

/// <summary>The query's state or stage text changed; <see cref="Snapshot"/> is where it stands now.</summary>
public sealed record QueryStageChanged(Guid QueryId, long Sequence, DateTimeOffset At, QueryProgressSnapshot Snapshot)
    : QueryProgressEvent(QueryId, Sequence, At);
