using OpenRem.Domain.Queries;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Queries;

/// <summary>A query the application stopped: which states can be interrupted, and when its retrieve can be resumed.</summary>
public sealed class QueryInterruptTests
{
    private const string Reason = "The application stopped while this query was running.";
    private static readonly string SeriesA = Uids.Test(11);

    private readonly FindHarness _harness = new();

    private DateTimeOffset Now => _harness.Time.GetUtcNow();

    [Fact]
    public void A_queued_query_is_interrupted_with_the_reason_and_cannot_be_resumed()
    {
        var query = _harness.NewQuery(Groups.Ct);

        query.Interrupt(Now, Reason);

        Assert.Equal(QueryState.Interrupted, query.State);
        Assert.True(query.HasEnded);
        Assert.Equal(Reason, query.StageText);
        Assert.Equal("The query stopped before it finished finding studies; run it again instead.", query.WhyResumeIsImpossible());
        Assert.Throws<QueryTransitionException>(query.BeginResume);
    }

    [Fact]
    public void A_query_interrupted_while_finding_cannot_be_resumed()
    {
        var query = _harness.NewQuery(Groups.Ct);
        query.BeginFind(Now);

        query.Interrupt(Now, Reason, "Query stopped after 0 seconds.");

        Assert.Equal(QueryState.Interrupted, query.State);
        Assert.Equal(Reason + "\nQuery stopped after 0 seconds.", query.StageText);
        Assert.NotNull(query.WhyResumeIsImpossible());
    }

    [Fact]
    public async Task A_retrieving_query_is_interrupted_with_its_move_end_time_and_can_be_resumed_keeping_its_counts()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA);
        query.BeginMove(Now);
        query.MoveCounts.RequestsDone = 3;
        _harness.Time.Advance(TimeSpan.FromMinutes(2));

        query.Interrupt(Now, Reason, "Move stopped.");

        Assert.Equal(QueryState.Interrupted, query.State);
        Assert.Equal(Now, query.MoveEndedAt);
        Assert.Equal(Reason + "\nMove stopped.", query.MoveSummary);
        Assert.Null(query.WhyResumeIsImpossible());

        var started = query.MoveStartedAt;
        query.BeginResume();

        Assert.Equal(QueryState.Retrieving, query.State);
        Assert.Null(query.MoveEndedAt);
        Assert.Null(query.MoveSummary);
        Assert.Equal(started, query.MoveStartedAt);
        Assert.Equal(3, query.MoveCounts.RequestsDone);
    }

    [Fact]
    public async Task A_failed_retrieve_can_be_resumed_but_a_done_or_cancelled_one_cannot()
    {
        var failed = await _harness.FilteredQueryAsync(SeriesA);
        failed.BeginMove(Now);
        failed.CompleteMove(Now, "Move incomplete.", "1 of 1 series could not be retrieved.");
        var done = _harness.NewQuery(Groups.Ct);
        await _harness.RunAsync(done);
        done.BeginMove(Now);
        done.CompleteMove(Now, "Move complete.", null);
        var cancelled = _harness.NewQuery(Groups.Ct);
        cancelled.Cancel(Now);

        Assert.Null(failed.WhyResumeIsImpossible());
        Assert.Equal("Only an interrupted or failed retrieve can be resumed; this query is Done.", done.WhyResumeIsImpossible());
        Assert.Equal("Only an interrupted or failed retrieve can be resumed; this query is Cancelled.", cancelled.WhyResumeIsImpossible());
    }

    [Fact]
    public async Task A_filtered_or_ended_query_cannot_be_interrupted()
    {
        var filtered = await _harness.FilteredQueryAsync(SeriesA);
        var cancelled = _harness.NewQuery(Groups.Ct);
        cancelled.Cancel(Now);

        Assert.Throws<QueryTransitionException>(() => filtered.Interrupt(Now, Reason));
        Assert.Throws<QueryTransitionException>(() => cancelled.Interrupt(Now, Reason));
        Assert.Throws<QueryTransitionException>(() => cancelled.Fail(Now, "late"));
    }
}
