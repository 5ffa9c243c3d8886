namespace OpenRem.Infrastructure.Progress;

/// <summary>
/// Something that happened to a running query, as the progress feed (<see cref="IQueryProgressFeed"/>) delivers
/// it. <see cref="Sequence"/> increases with every event the feed publishes, so the events of one query are numbered
/// in the order they happened; a subscriber sees gaps where events were coalesced or belong to other queries.
/// </summary>
public abstract record QueryProgressEvent(Guid QueryId, long Sequence, DateTimeOffset At)
{
    /// <summary>True for events of which only the latest matters (counts, series move progress): the feed may coalesce them.</summary>
    internal virtual bool IsLatestOnly => false;
}
