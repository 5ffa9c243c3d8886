using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Retrieve;

/// <summary>A find or a move stopped part way, by the user (cancelled) or by the application stopping (interrupted): what the query says it had done.</summary>
public sealed class MoveStopTests
{
    private static readonly string SeriesA = Uids.Test(11);
    private static readonly string SeriesB = Uids.Test(12);
    private static readonly string SeriesC = Uids.Test(13);

    private readonly FindHarness _harness = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_move_cancelled_by_the_user_says_which_series_were_retrieved_and_which_were_not_and_logs_the_cancel()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB, SeriesC);
        using var cancel = new CancellationTokenSource();
        _harness.Archive.OnMove = request =>
        {
            if (request.SeriesInstanceUid == SeriesB)
            {
                cancel.Cancel();
            }
        };

        var state = await _harness.Mover.RunAsync(query, _harness.Node, _harness.Store, cancel.Token);

        Assert.Equal(QueryState.Cancelled, state);
        Assert.Equal(
            "Cancelled. Move stopped: 1 of 3 series in 1 study retrieved; 1 request completed.\n"
            + "Cumulative sub-ops completed: 1, failed: 0, warning: 0.\n"
            + "2 series not retrieved: study 1 series 2, study 1 series 3.",
            query.StageText);
        Assert.Equal(query.StageText, query.MoveSummary);
        Assert.Contains("The query was cancelled.", _harness.Progress.LinesAt(QueryLogLevel.Warning));
        Assert.Equal(query.StageText, _harness.Progress.Lines[^1].Text);
        Assert.Equal(QueryState.Cancelled, _harness.Progress.States[^1]);
        Assert.Equal(2, _harness.Archive.Disposals);
    }

    [Fact]
    public async Task A_move_stopped_by_the_application_ends_interrupted_not_cancelled()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB);
        using var shutdown = new CancellationTokenSource();
        _harness.Archive.OnMove = request =>
        {
            if (request.SeriesInstanceUid == SeriesB)
            {
                shutdown.Cancel();
            }
        };

        var state = await _harness.Mover.RunAsync(query, _harness.Node, _harness.Store, Ct, shutdown.Token);

        Assert.Equal(QueryState.Interrupted, state);
        Assert.Equal(
            "The application stopped while this query was running.\n"
            + "Move stopped: 1 of 2 series in 1 study retrieved; 1 request completed.\n"
            + "Cumulative sub-ops completed: 1, failed: 0, warning: 0.\n"
            + "1 series not retrieved: study 1 series 2.",
            query.StageText);
        Assert.DoesNotContain("The query was cancelled.", _harness.Progress.LinesAt(QueryLogLevel.Warning));
        Assert.Equal([RetrievalStatus.Completed, RetrievalStatus.NotAttempted], query.Studies[0].Series.Select(series => series.Retrieval.Status));
        Assert.Null(query.WhyResumeIsImpossible());
    }

    [Fact]
    public async Task A_find_cancelled_by_the_user_says_how_many_studies_it_had_found()
    {
        _harness.Archive
            .WithStudies("MG", new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["MG"]), new StudyMatch(Uids.Test(2), ModalitiesInStudy: ["MG"]))
            .WithSeries(Uids.Test(1), new SeriesMatch(SeriesA, "MG", 1, null, 4));
        var query = _harness.NewQuery(ModalitySelection.Of(ModalityGroup.Mammography));
        using var cancel = new CancellationTokenSource();
        _harness.Archive.OnFind = request =>
        {
            if (request is SeriesFindRequest)
            {
                cancel.Cancel();
            }
        };

        var state = await _harness.Phase.RunAsync(query, _harness.Node, cancel.Token);

        Assert.Equal(QueryState.Cancelled, state);
        Assert.StartsWith("Cancelled. Query stopped after ", query.StageText, StringComparison.Ordinal);
        Assert.EndsWith(": 2 studies found (0 series and 0 image matches from 2 requests); nothing was kept to move.", query.StageText, StringComparison.Ordinal);
        Assert.Contains("The query was cancelled.", _harness.Progress.LinesAt(QueryLogLevel.Warning));
    }

    [Fact]
    public async Task A_find_stopped_by_the_application_ends_interrupted()
    {
        _harness.Archive
            .WithStudies("MG", new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["MG"]))
            .WithSeries(Uids.Test(1), new SeriesMatch(SeriesA, "MG", 1, null, 4));
        var query = _harness.NewQuery(ModalitySelection.Of(ModalityGroup.Mammography));
        using var shutdown = new CancellationTokenSource();
        _harness.Archive.OnFind = request =>
        {
            if (request is SeriesFindRequest)
            {
                shutdown.Cancel();
            }
        };

        var state = await _harness.Phase.RunAsync(query, _harness.Node, Ct, shutdown.Token);

        Assert.Equal(QueryState.Interrupted, state);
        Assert.StartsWith("The application stopped while this query was running.\nQuery stopped after ", query.StageText, StringComparison.Ordinal);
        Assert.Equal(QueryState.Interrupted, _harness.Progress.States[^1]);
    }
}
