using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Retrieve;

/// <summary>A retrieve into a store node run by this application ends only when what was sent has arrived, or says what did not.</summary>
public sealed class ArrivalWaitTests
{
    private static readonly string SeriesA = Uids.Test(11);
    private static readonly string SeriesB = Uids.Test(12);

    private readonly FindHarness _harness = new() { Store = TestNodes.Store() };

    [Fact]
    public async Task When_every_object_sent_arrives_and_is_imported_the_query_is_done_with_the_counts_per_series_and_in_total()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB);
        _harness.Arrivals.Then((SeriesA, 1, 1), (SeriesB, 1, 1));

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Done, state);
        Assert.All(_harness.Arrivals.CountedQueries, id => Assert.Equal(query.Id, id));
        Assert.All(query.Studies[0].Series, series => Assert.Equal((1, 1, 1), (series.ObjectsExpected, series.ObjectsArrived, series.ObjectsImported)));
        Assert.Equal((2, 2, 2), (query.MoveCounts.ObjectsExpected, query.MoveCounts.ObjectsArrived, query.MoveCounts.ObjectsImported));
        Assert.EndsWith("Arrived at the store node: 2 of 2 objects, 2 imported.", query.MoveSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_phase_waits_while_objects_keep_arriving_and_says_how_many_have()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB);
        _harness.Arrivals.Then().Then((SeriesA, 1, 1)).Then((SeriesA, 1, 1)).Then((SeriesA, 1, 1), (SeriesB, 1, 1));

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Done, state);
        Assert.Equal(4, _harness.Arrivals.CountedQueries.Count);
        Assert.Contains("Waiting for the store node: 0 of 2 objects arrived", _harness.Progress.Stages);
        Assert.Contains("Waiting for the store node: 1 of 2 objects arrived", _harness.Progress.Stages);
    }

    [Fact]
    public async Task When_nothing_more_arrives_for_the_quiet_period_the_query_fails_and_names_the_series_that_fell_short()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB);
        _harness.Arrivals.Then((SeriesA, 1, 1));

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Failed, state);
        Assert.Equal("1 of 2 series did not arrive in full at the store node.", query.Error);
        Assert.Contains($"Study 1, series 2 ({SeriesB}): 0 of 1 object arrived.", query.MoveSummary, StringComparison.Ordinal);
        Assert.Contains("Arrived at the store node: 1 of 2 objects, 1 imported.", query.MoveSummary, StringComparison.Ordinal);
        Assert.Contains("No object arrived at the store node for 5.0 seconds; 1 of 2 arrived.", _harness.Progress.LinesAt(QueryLogLevel.Warning));
        var seriesB = query.Studies[0].Series.Single(series => series.SeriesInstanceUid == SeriesB);
        Assert.Equal((1, 0, 0), (seriesB.ObjectsExpected, seriesB.ObjectsArrived, seriesB.ObjectsImported));
    }

    [Fact]
    public async Task An_object_that_arrived_but_could_not_be_imported_fails_the_query()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB);
        _harness.Arrivals.Then((SeriesA, 1, 0), (SeriesB, 1, 1));

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Failed, state);
        Assert.Contains($"Study 1, series 1 ({SeriesA}): 0 of 1 object imported.", query.MoveSummary, StringComparison.Ordinal);
        Assert.Single(_harness.Arrivals.CountedQueries);
    }

    [Fact]
    public async Task Arrivals_at_an_external_store_node_are_not_followed()
    {
        _harness.Store = TestNodes.ExternalStore();
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB);

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Done, state);
        Assert.Empty(_harness.Arrivals.CountedQueries);
        Assert.All(query.Studies[0].Series, series => Assert.Null(series.ObjectsArrived));
        Assert.DoesNotContain("Arrived at the store node", query.MoveSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Objects_received_twice_do_not_count_beyond_what_was_sent()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA);
        _harness.Arrivals.Then((SeriesA, 3, 3));

        await _harness.MoveAsync(query);

        Assert.Equal((1, 1, 1), (query.MoveCounts.ObjectsExpected, query.MoveCounts.ObjectsArrived, query.MoveCounts.ObjectsImported));
    }
}
