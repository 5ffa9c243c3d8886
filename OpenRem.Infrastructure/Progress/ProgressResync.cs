namespace OpenRem.Infrastructure.Progress;

/// <summary>
/// The subscriber fell behind and events of the query, up to <see cref="QueryProgressEvent.Sequence"/>, were
/// dropped: reload the query from the database (the truth), then go on with the events that follow.
/// </summary>
public sealed record ProgressResync(Guid QueryId, long Sequence, DateTimeOffset At)
    : QueryProgressEvent(QueryId, Sequence, At);
