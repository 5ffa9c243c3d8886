namespace OpenRem.Infrastructure.Progress;

/// <summary>
/// One subscriber's view of the progress feed: a bounded queue that the publishing jobs never wait for. The events
/// of one query come in order; counts and series move progress are coalesced (the latest wins, a few per second);
/// when the subscriber falls too far behind, what it missed is replaced by a <see cref="ProgressResync"/>. Read by
/// one reader at a time.
/// </summary>
public interface IQueryProgressSubscription : IAsyncDisposable
{
    /// <summary>The query followed; null when every query is.</summary>
    Guid? QueryId { get; }

    /// <summary>The events as they come, until the subscription is completed or disposed.</summary>
    IAsyncEnumerable<QueryProgressEvent> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stops taking new events; the reader still gets what is queued (coalesced events included), then its
    /// enumeration ends. Disposing instead drops what is queued.
    /// </summary>
    void Complete();
}
