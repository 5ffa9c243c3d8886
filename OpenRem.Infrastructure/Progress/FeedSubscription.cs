using System.Runtime.CompilerServices;

namespace OpenRem.Infrastructure.Progress;

/// <summary>
/// The queue of one subscriber of <see cref="QueryProgressFeed"/>. Offering an event never blocks on the reader:
/// it is queued, or, for latest-only events that came too soon after the last one, kept aside (replacing the one kept
/// before) until a timer lets it through. Before any other event of the same query is queued, what was kept aside for
/// that query goes first, so one query's events stay in order. A full queue is emptied and its events replaced by one
/// <see cref="ProgressResync"/> per query they belonged to.
/// </summary>
internal sealed class FeedSubscription : IQueryProgressSubscription
{
    private readonly QueryProgressFeed _feed;
    private readonly int _capacity;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly Queue<QueryProgressEvent> _queue = new();
    private readonly Dictionary<(Guid QueryId, Type Kind), QueryProgressEvent> _keptAside = [];
    private readonly Dictionary<(Guid QueryId, Type Kind), long> _lastSent = [];
    private readonly ITimer _timer;
    private bool _timerArmed;
    private TaskCompletionSource? _waiter;
    private bool _completed;

    public FeedSubscription(QueryProgressFeed feed, Guid? queryId, QueryProgressFeedOptions options, TimeProvider time)
    {
        _feed = feed;
        QueryId = queryId;
        _capacity = Math.Max(16, options.Capacity);
        _interval = options.CoalesceInterval;
        _time = time;
        _timer = time.CreateTimer(_ => ReleaseDue(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public Guid? QueryId { get; }

    /// <summary>Events waiting to be read now.</summary>
    internal int Queued
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>The most events that were ever waiting at once.</summary>
    internal int MostQueued { get; private set; }

    /// <summary>Events thrown away because the queue was full.</summary>
    internal long Dropped { get; private set; }

    /// <summary>Latest-only events replaced by a later one before they were queued.</summary>
    internal long Coalesced { get; private set; }

    internal bool Follows(Guid queryId) => QueryId is null || QueryId == queryId;

    /// <summary>Takes an event from the feed; never waits.</summary>
    internal void Offer(QueryProgressEvent progressEvent)
    {
        lock (_lock)
        {
            if (_completed)
            {
                return;
            }

            if (progressEvent.IsLatestOnly)
            {
                OfferLatestOnly(progressEvent);
            }
            else
            {
                ReleaseKeptAside(progressEvent.QueryId);
                Enqueue(progressEvent);
                if (progressEvent is QueryEnded)
                {
                    // The run is over: what was throttled for it is no longer needed.
                    _lastSent.Remove((progressEvent.QueryId, typeof(QueryCountsChanged)));
                    _lastSent.Remove((progressEvent.QueryId, typeof(SeriesMoveProgressed)));
                }
            }

            Wake();
        }
    }

    public async IAsyncEnumerable<QueryProgressEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            QueryProgressEvent? next = null;
            Task? wait = null;
            lock (_lock)
            {
                if (!_queue.TryDequeue(out next))
                {
                    if (_completed)
                    {
                        yield break;
                    }

                    _waiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    wait = _waiter.Task;
                }
            }

            if (next is not null)
            {
                yield return next;
            }
            else
            {
                await wait!.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Complete()
    {
        _feed.Remove(this);
        lock (_lock)
        {
            if (_completed)
            {
                return;
            }

            foreach (var queryId in _keptAside.Keys.Select(key => key.QueryId).Distinct().ToList())
            {
                ReleaseKeptAside(queryId);
            }

            _completed = true;
            Wake();
        }

        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public async ValueTask DisposeAsync()
    {
        _feed.Remove(this);
        lock (_lock)
        {
            _completed = true;
            _queue.Clear();
            _keptAside.Clear();
            Wake();
        }

        await _timer.DisposeAsync().ConfigureAwait(false);
    }

    private void OfferLatestOnly(QueryProgressEvent progressEvent)
    {
        var key = (progressEvent.QueryId, progressEvent.GetType());
        var now = _time.GetTimestamp();
        var due = !_keptAside.ContainsKey(key)
            && (!_lastSent.TryGetValue(key, out var last) || _time.GetElapsedTime(last, now) >= _interval);
        if (due)
        {
            ReleaseKeptAside(progressEvent.QueryId);
            Enqueue(progressEvent);
            _lastSent[key] = now;
            return;
        }

        if (_keptAside.ContainsKey(key))
        {
            Coalesced++;
        }

        _keptAside[key] = progressEvent;
        ArmTimer();
    }

    /// <summary>Queues what was kept aside for <paramref name="queryId"/>, in the order it happened.</summary>
    private void ReleaseKeptAside(Guid queryId)
    {
        if (_keptAside.Count == 0)
        {
            return;
        }

        var now = _time.GetTimestamp();
        foreach (var (key, kept) in _keptAside.Where(pair => pair.Key.QueryId == queryId).OrderBy(pair => pair.Value.Sequence).ToList())
        {
            _keptAside.Remove(key);
            Enqueue(kept);
            _lastSent[key] = now;
        }
    }

    /// <summary>The timer's work: lets through what has waited long enough (with what else waits for its query).</summary>
    private void ReleaseDue()
    {
        lock (_lock)
        {
            _timerArmed = false;
            if (_completed)
            {
                return;
            }

            var now = _time.GetTimestamp();
            var dueQueries = _keptAside.Keys
                .Where(key => !_lastSent.TryGetValue(key, out var last) || _time.GetElapsedTime(last, now) >= _interval)
                .Select(key => key.QueryId)
                .Distinct()
                .ToList();
            foreach (var queryId in dueQueries)
            {
                ReleaseKeptAside(queryId);
            }

            if (dueQueries.Count > 0)
            {
                Wake();
            }

            ArmTimer();
        }
    }

    private void ArmTimer()
    {
        if (_timerArmed || _keptAside.Count == 0)
        {
            return;
        }

        var now = _time.GetTimestamp();
        var wait = _keptAside.Keys
            .Select(key => _lastSent.TryGetValue(key, out var last) ? _interval - _time.GetElapsedTime(last, now) : TimeSpan.Zero)
            .Min();
        _timerArmed = true;
        _timer.Change(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private void Enqueue(QueryProgressEvent progressEvent)
    {
        if (_queue.Count >= _capacity)
        {
            Overflow();
        }

        _queue.Enqueue(progressEvent);
        MostQueued = Math.Max(MostQueued, _queue.Count);
    }

    /// <summary>Replaces every queued event by one resync per query (a resync already queued is kept as one).</summary>
    private void Overflow()
    {
        var lost = new Dictionary<Guid, long>();
        foreach (var queued in _queue)
        {
            if (queued is not ProgressResync)
            {
                Dropped++;
            }

            lost[queued.QueryId] = Math.Max(queued.Sequence, lost.GetValueOrDefault(queued.QueryId));
        }

        _queue.Clear();
        var at = _time.GetUtcNow();
        foreach (var (queryId, sequence) in lost.OrderBy(pair => pair.Value))
        {
            _queue.Enqueue(new ProgressResync(queryId, sequence, at));
        }
    }

    private void Wake()
    {
        var waiter = _waiter;
        _waiter = null;
        waiter?.TrySetResult();
    }
}
