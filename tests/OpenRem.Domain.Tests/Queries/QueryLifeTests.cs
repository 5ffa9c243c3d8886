using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Queries;

public sealed class QueryLifeTests
{
    private readonly FindHarness _harness = new();

    [Fact]
    public void A_new_query_is_queued_with_its_parameters_and_date_keys_fixed()
    {
        var query = _harness.NewQuery(Groups.Ct, dates: StudyDateWindow.FromYesterday(_harness.Time));

        Assert.Equal(QueryState.Queued, query.State);
        Assert.Equal("20240314-20240315", query.Parameters.DateKeys.StudyDate);
        Assert.Equal(_harness.Time.GetUtcNow(), query.CreatedAt);
        Assert.Equal(("qrserver", "store", "openremstore"), (query.RemoteNodeName, query.StoreNodeName, query.StoreAeTitle));
        Assert.NotEqual(Guid.Empty, query.Id);
    }

    [Fact]
    public void An_invalid_request_cannot_become_a_query()
    {
        Assert.Throws<ArgumentException>(() => _harness.NewQuery(ModalitySelection.Of()));
    }

    [Fact]
    public void Deleting_a_node_keeps_the_query_and_the_nodes_names_B27()
    {
        var query = _harness.NewQuery(Groups.Ct);

        query.DetachRemoteNode();
        query.DetachStoreNode();

        Assert.Null(query.RemoteNodeId);
        Assert.Null(query.StoreNodeId);
        Assert.Equal("qrserver", query.RemoteNodeName);
        Assert.Equal("store", query.StoreNodeName);
    }

    [Fact]
    public void A_query_goes_from_queued_through_querying_and_filtered_to_retrieving_and_done()
    {
        var query = _harness.NewQuery(Groups.Ct);
        var now = _harness.Time.GetUtcNow();

        query.BeginFind(now);
        Assert.Equal(QueryState.Querying, query.State);
        query.CompleteFind(now, "found");
        Assert.Equal(QueryState.Filtered, query.State);
        query.BeginMove(now);
        Assert.Equal(QueryState.Retrieving, query.State);
        query.CompleteMove(now, "moved", null);

        Assert.Equal(QueryState.Done, query.State);
        Assert.True(query.HasEnded);
        Assert.Equal("moved", query.StageText);
        Assert.Null(query.Error);
    }

    [Fact]
    public void A_move_that_left_something_behind_ends_failed_with_the_reason()
    {
        var query = _harness.NewQuery(Groups.Ct);
        var now = _harness.Time.GetUtcNow();
        query.BeginFind(now);
        query.CompleteFind(now, "found");
        query.BeginMove(now);

        query.CompleteMove(now, "partly moved", "1 of 2 series could not be retrieved.");

        Assert.Equal(QueryState.Failed, query.State);
        Assert.Equal("1 of 2 series could not be retrieved.", query.Error);
        Assert.Null(query.WhyMoveCannotStart());
    }

    [Fact]
    public void Ended_queries_cannot_fail_or_be_cancelled_again()
    {
        var query = _harness.NewQuery(Groups.Ct);
        query.Cancel(_harness.Time.GetUtcNow());

        Assert.Equal(QueryState.Cancelled, query.State);
        Assert.Throws<QueryTransitionException>(() => query.Fail(_harness.Time.GetUtcNow(), "late"));
        Assert.Throws<QueryTransitionException>(() => query.Cancel(_harness.Time.GetUtcNow()));
        Assert.Throws<QueryTransitionException>(() => query.BeginFind(_harness.Time.GetUtcNow()));
    }

    [Fact]
    public void A_query_cannot_be_moved_before_its_find_phase_completed()
    {
        var query = _harness.NewQuery(Groups.Ct);
        query.BeginFind(_harness.Time.GetUtcNow());

        Assert.Equal("The query has not finished finding studies.", query.WhyMoveCannotStart());
        Assert.Throws<QueryTransitionException>(() => query.BeginMove(_harness.Time.GetUtcNow()));
    }

    [Fact]
    public void The_parameters_describe_themselves_for_the_log()
    {
        var query = _harness.NewQuery(
            ModalitySelection.Of(ModalityGroup.Ct, ModalityGroup.Mammography),
            filters: new StudyFilters { StationNameExclude = FilterTerms.Parse("Mobile") });

        Assert.Equal(
            "Dates all dates; modalities CT, MG; remove duplicates True; Toshiba images False; empty SR series False; station name exclude 'mobile'; station names checked at series level.",
            query.Parameters.Describe());
    }
}
