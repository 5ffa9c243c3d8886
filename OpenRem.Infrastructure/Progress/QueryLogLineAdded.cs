using OpenRem.Domain.Ports;

namespace OpenRem.Infrastructure.Progress;

/// <summary>A line was added to the query's own log.</summary>
public sealed record QueryLogLineAdded(Guid QueryId, long Sequence, DateTimeOffset At, QueryLogLine Line)
    : QueryProgressEvent(QueryId, Sequence, At);
