using Microsoft.Extensions.Options;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Retrieve;
using OpenRem.Infrastructure.Persistence.Progress;

namespace OpenRem.Infrastructure.Progress;

/// <summary>
/// The in-process progress feed: the jobs publish into it (it is an <see cref="IQueryProgressPublisher"/>), and
/// pages, the hub relay and the command line subscribe to it. Publishing numbers the event and hands it to every
/// matching subscriber's bounded queue (<see cref="IQueryProgressSubscription"/>) without ever waiting for a reader,
/// so a slow or gone subscriber cannot slow a query down. A change to an ended state is published as
/// <see cref="QueryEnded"/>.
/// </summary>
public sealed class QueryProgressFeed(IOptions<QueryProgressFeedOptions> options, TimeProvider time) : IQueryProgressPublisher, IQueryProgressFeed
{
    private readonly Lock _lock = new();
    private FeedSubscription[] _subscriptions = [];
    private long _sequence;

    /// <summary>How many subscriptions are open.</summary>
    public int SubscriberCount => Volatile.Read(ref _subscriptions).Length;

    public IQueryProgressSubscription Subscribe(Guid? queryId)
    {
        var subscription = new FeedSubscription(this, queryId, options.Value, time);
        lock (_lock)
        {
            _subscriptions = [.. _subscriptions, subscription];
        }

        return subscription;
    }

    public ValueTask PublishStageAsync(QueryProgressSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Publish(snapshot.QueryId, (sequence, at) => snapshot.HasEnded
            ? new QueryEnded(snapshot.QueryId, sequence, at, snapshot)
            : new QueryStageChanged(snapshot.QueryId, sequence, at, snapshot));
        return ValueTask.CompletedTask;
    }

    public ValueTask PublishCountsAsync(QueryProgressSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Publish(snapshot.QueryId, (sequence, at) => new QueryCountsChanged(snapshot.QueryId, sequence, at, snapshot));
        return ValueTask.CompletedTask;
    }

    public ValueTask PublishSeriesMoveAsync(Guid queryId, SeriesMoveProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        Publish(queryId, (sequence, at) => new SeriesMoveProgressed(queryId, sequence, at, progress));
        return ValueTask.CompletedTask;
    }

    public ValueTask PublishLogAsync(Guid queryId, QueryLogLine line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        Publish(queryId, (sequence, at) => new QueryLogLineAdded(queryId, sequence, at, line));
        return ValueTask.CompletedTask;
    }

    internal void Remove(FeedSubscription subscription)
    {
        lock (_lock)
        {
            _subscriptions = [.. _subscriptions.Where(open => !ReferenceEquals(open, subscription))];
        }
    }

    /// <summary>Numbers the event and offers it to every subscriber of its query, all under one lock so that every subscriber sees the same order.</summary>
    private void Publish(Guid queryId, Func<long, DateTimeOffset, QueryProgressEvent> create)
    {
        lock (_lock)
        {
            var progressEvent = create(++_sequence, time.GetUtcNow());
            foreach (var subscription in _subscriptions)
            {
                if (subscription.Follows(queryId))
                {
                    subscription.Offer(progressEvent);
                }
            }
        }
    }
}
