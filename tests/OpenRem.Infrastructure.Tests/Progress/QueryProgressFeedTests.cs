using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Retrieve;
using OpenRem.Infrastructure.Persistence.Progress;
using OpenRem.Infrastructure.Progress;

namespace OpenRem.Infrastructure.Tests.Progress;

public sealed class QueryProgressFeedTests
{
    private static readonly Guid QueryA = Guid.Parse("0b6f5c3e-0000-4000-8000-00000000000a");
    private static readonly Guid QueryB = Guid.Parse("0b6f5c3e-0000-4000-8000-00000000000b");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 3, 15, 10, 0, 0, TimeSpan.Zero));
    private readonly QueryProgressFeed _feed;

    public QueryProgressFeedTests() =>
        _feed = new QueryProgressFeed(Options.Create(new QueryProgressFeedOptions()), _time);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_events_of_a_query_reach_a_subscriber_in_the_order_they_were_published()
    {
        await using var subscription = _feed.Subscribe(QueryA);

        await _feed.PublishStageAsync(Snapshot(QueryA, QueryState.Querying, "Starting the query"), Ct);
        await _feed.PublishLogAsync(QueryA, Line("Found 3 studies"), Ct);
        await _feed.PublishCountsAsync(Snapshot(QueryA, QueryState.Querying, "Starting the query", found: 3), Ct);
        await _feed.PublishStageAsync(Snapshot(QueryA, QueryState.Retrieving, "Requesting move"), Ct);
        await _feed.PublishSeriesMoveAsync(QueryA, Move(completed: 1, isFinal: false), Ct);
        await _feed.PublishLogAsync(QueryA, Line("Move complete"), Ct);
        await _feed.PublishStageAsync(Snapshot(QueryA, QueryState.Done, "Move complete"), Ct);
        subscription.Complete();

        var events = await ReadAllAsync(subscription);

        Assert.Equal(
            ["stage Starting the query", "log Found 3 studies", "counts 3", "stage Requesting move", "series 1", "log Move complete", "ended Done"],
            events.Select(Describe));
        Assert.Equal(events.Select(e => e.Sequence).Order(), events.Select(e => e.Sequence));
        Assert.All(events, e => Assert.Equal(QueryA, e.QueryId));
        Assert.All(events, e => Assert.Equal(_time.GetUtcNow(), e.At));
    }

    [Fact]
    public async Task Counts_coming_faster_than_the_interval_are_coalesced_and_the_latest_wins()
    {
        await using var subscription = _feed.Subscribe(QueryA);

        for (var found = 1; found <= 100; found++)
        {
            await _feed.PublishCountsAsync(Snapshot(QueryA, QueryState.Querying, "Querying", found), Ct);
        }

        var beforeTheInterval = ((FeedSubscription)subscription).Queued;
        _time.Advance(TimeSpan.FromMilliseconds(200));
        for (var completed = 1; completed <= 50; completed++)
        {
            await _feed.PublishSeriesMoveAsync(QueryA, Move(completed, isFinal: false), Ct);
        }

        await _feed.PublishCountsAsync(Snapshot(QueryA, QueryState.Querying, "Querying", 101), Ct);
        await _feed.PublishLogAsync(QueryA, Line("a line"), Ct);
        subscription.Complete();

        var events = await ReadAllAsync(subscription);

        Assert.Equal(1, beforeTheInterval);
        Assert.Equal(["counts 1", "counts 100", "series 1", "series 50", "counts 101", "log a line"], events.Select(Describe));
        Assert.Equal(events.Select(e => e.Sequence).Order(), events.Select(e => e.Sequence));
        Assert.Equal(98 + 48, ((FeedSubscription)subscription).Coalesced);
    }

    [Fact]
    public async Task A_subscriber_that_never_reads_neither_holds_up_publishing_nor_grows_and_is_told_to_resynchronise()
    {
        const int published = 100_000;
        var options = new QueryProgressFeedOptions();
        var stalled = (FeedSubscription)_feed.Subscribe(QueryA);
        await using var stalledDisposal = stalled;
        await using var reader = _feed.Subscribe(QueryA);
        var readerQueue = (FeedSubscription)reader;
        var received = new List<QueryProgressEvent>();
        var reading = Task.Run(async () =>
        {
            await foreach (var progressEvent in reader.ReadAllAsync(Ct))
            {
                received.Add(progressEvent);
            }
        }, Ct);

        var notCompletedAtOnce = 0;
        var expectedOrdered = new List<string>();
        for (var i = 1; i <= published; i++)
        {
            var publishing = (i % 10) switch
            {
                0 => _feed.PublishLogAsync(QueryA, Line($"line {i}"), Ct),
                5 => _feed.PublishStageAsync(Snapshot(QueryA, QueryState.Retrieving, $"stage {i}"), Ct),
                _ => _feed.PublishCountsAsync(Snapshot(QueryA, QueryState.Retrieving, "counting", i), Ct),
            };
            if (i % 10 is 0 or 5)
            {
                expectedOrdered.Add(i % 10 == 0 ? $"log line {i}" : $"stage stage {i}");
            }

            if (!publishing.IsCompletedSuccessfully)
            {
                notCompletedAtOnce++;
            }

            await publishing;
            if (i % 64 == 0)
            {
                // Only the reading subscriber is waited for, so that it receives everything; the stalled one never is.
                while (readerQueue.Queued > 0)
                {
                    await Task.Yield();
                }
            }
        }

        reader.Complete();
        await reading;
        var stalledQueued = stalled.Queued;
        stalled.Complete();
        var stalledEvents = await ReadAllAsync(stalled);

        Assert.Equal(0, notCompletedAtOnce);
        Assert.InRange(stalled.MostQueued, 1, options.Capacity);
        Assert.InRange(stalledQueued, 1, options.Capacity);
        Assert.True(stalled.Dropped + stalled.Coalesced >= published - 2 * options.Capacity, $"dropped {stalled.Dropped}, coalesced {stalled.Coalesced}");
        var resync = Assert.IsType<ProgressResync>(stalledEvents[0]);
        Assert.Equal(QueryA, resync.QueryId);
        Assert.Single(stalledEvents.OfType<ProgressResync>());
        Assert.Equal(stalledEvents.Select(e => e.Sequence).Order(), stalledEvents.Select(e => e.Sequence));

        Assert.Empty(received.OfType<ProgressResync>());
        Assert.Equal(expectedOrdered, received.Where(e => e is QueryStageChanged or QueryLogLineAdded).Select(Describe));
        Assert.Equal(received.Select(e => e.Sequence).Order(), received.Select(e => e.Sequence));
        Assert.Equal($"counts {published - 1}", Describe(received.OfType<QueryCountsChanged>().Last()));
    }

    [Fact]
    public async Task A_subscriber_of_one_query_gets_only_that_query_and_a_subscriber_of_all_gets_every_query()
    {
        await using var ofA = _feed.Subscribe(QueryA);
        await using var ofB = _feed.Subscribe(QueryB);
        await using var ofAll = _feed.Subscribe(null);

        await _feed.PublishStageAsync(Snapshot(QueryA, QueryState.Querying, "a1"), Ct);
        await _feed.PublishStageAsync(Snapshot(QueryB, QueryState.Querying, "b1"), Ct);
        await _feed.PublishLogAsync(QueryA, Line("a2"), Ct);
        ofA.Complete();
        ofB.Complete();
        ofAll.Complete();

        Assert.Equal(["stage a1", "log a2"], (await ReadAllAsync(ofA)).Select(Describe));
        Assert.Equal(["stage b1"], (await ReadAllAsync(ofB)).Select(Describe));
        Assert.Equal([QueryA, QueryB, QueryA], (await ReadAllAsync(ofAll)).Select(e => e.QueryId));
        Assert.Null(ofAll.QueryId);
    }

    [Fact]
    public async Task A_disposed_subscription_gets_nothing_more_and_leaves_the_feed()
    {
        var subscription = _feed.Subscribe(QueryA);
        await _feed.PublishStageAsync(Snapshot(QueryA, QueryState.Querying, "before"), Ct);
        var first = await FirstAsync(subscription);
        var subscribersBefore = _feed.SubscriberCount;

        await subscription.DisposeAsync();
        await _feed.PublishStageAsync(Snapshot(QueryA, QueryState.Querying, "after"), Ct);
        var afterDisposal = await ReadAllAsync(subscription);

        Assert.Equal("stage before", Describe(first));
        Assert.Equal(1, subscribersBefore);
        Assert.Equal(0, _feed.SubscriberCount);
        Assert.Empty(afterDisposal);
    }

    [Fact]
    public async Task A_reader_waiting_for_events_wakes_when_one_is_published_from_another_thread()
    {
        await using var subscription = _feed.Subscribe(QueryA);
        var first = FirstAsync(subscription);

        await Task.Run(() => _feed.PublishStageAsync(Snapshot(QueryA, QueryState.Failed, "Failed", error: "no answer"), Ct).AsTask(), Ct);

        var ended = Assert.IsType<QueryEnded>(await first);
        Assert.Equal((QueryState.Failed, "no answer"), (ended.State, ended.Error));
    }

    private static async Task<List<QueryProgressEvent>> ReadAllAsync(IQueryProgressSubscription subscription)
    {
        var events = new List<QueryProgressEvent>();
        await foreach (var progressEvent in subscription.ReadAllAsync(Ct))
        {
            events.Add(progressEvent);
        }

        return events;
    }

    private static async Task<QueryProgressEvent> FirstAsync(IQueryProgressSubscription subscription)
    {
        await foreach (var progressEvent in subscription.ReadAllAsync(Ct))
        {
            return progressEvent;
        }

        throw new InvalidOperationException("The subscription ended without an event.");
    }

    private static string Describe(QueryProgressEvent progressEvent) => progressEvent switch
    {
        QueryStageChanged stage => "stage " + stage.Snapshot.StageText,
        QueryCountsChanged counts => "counts " + counts.Snapshot.StudiesFound,
        SeriesMoveProgressed series => "series " + series.Progress.SubOperations.Completed,
        QueryLogLineAdded log => "log " + log.Line.Text,
        QueryEnded ended => "ended " + ended.State,
        ProgressResync => "resync",
        _ => progressEvent.GetType().Name,
    };

    private static QueryProgressSnapshot Snapshot(Guid queryId, QueryState state, string stage, int found = 0, string? error = null) =>
        new(queryId, state, stage, found, 0, 0, 0, 0, SubOperationCounts.None, error);

    private static SeriesMoveProgress Move(int completed, bool isFinal) =>
        new(1, 2, 1, 3, "CT", 10, new SubOperationCounts(completed, 0, 0), 10 - completed, isFinal);

    private static QueryLogLine Line(string text) => new(DateTimeOffset.UnixEpoch, QueryLogLevel.Information, text);
}
