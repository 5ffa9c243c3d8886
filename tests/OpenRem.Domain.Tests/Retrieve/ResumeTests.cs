using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Retrieve;

/// <summary>Resuming an interrupted or failed retrieve: complete series are skipped and nothing that arrived is moved again.</summary>
public sealed class ResumeTests
{
    private static readonly string SeriesA = Uids.Test(11);
    private static readonly string SeriesB = Uids.Test(12);
    private static readonly string SeriesC = Uids.Test(13);
    private static readonly string[] ImagesOfB = [Uids.Test(121), Uids.Test(122), Uids.Test(123), Uids.Test(124)];

    private readonly FindHarness _harness = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Resuming_skips_the_series_retrieved_before_the_stop_and_moves_the_rest_keeping_the_earlier_counts()
    {
        var query = await InterruptedAtAsync(SeriesB, SeriesA, SeriesB, SeriesC);
        var before = _harness.Archive.MoveRequests.Count;

        var state = await _harness.Mover.ResumeAsync(query, _harness.Node, _harness.Store, Ct);

        Assert.Equal(QueryState.Done, state);
        Assert.Equal([SeriesB, SeriesC], _harness.Archive.MoveRequests.Skip(before).Select(request => request.SeriesInstanceUid));
        Assert.All(_harness.Archive.MoveRequests.Skip(before), request => Assert.Equal(QueryLevel.Series, request.Level));
        var counts = query.MoveCounts;
        Assert.Equal((3, 0, 0, 0), (counts.SeriesCompleted, counts.SeriesWithWarnings, counts.SeriesFailed, counts.SeriesNotAttempted));
        Assert.Equal(3, counts.RequestsDone);
        Assert.Equal(new SubOperationCounts(3, 0, 0), counts.SubOperations);
        Assert.All(query.Studies[0].Series, series => Assert.Equal(RetrievalStatus.Completed, series.Retrieval.Status));
        Assert.StartsWith("Resumed: 1 series already retrieved skipped; 2 series left to move.\nMove complete. 1 study, 3 series, 3 requests sent.", query.MoveSummary, StringComparison.Ordinal);
        Assert.Contains("Resuming the retrieve.", _harness.Progress.LinesAt(QueryLogLevel.Information));
    }

    [Fact]
    public async Task A_series_partly_received_before_the_stop_is_listed_and_only_its_missing_images_are_moved()
    {
        _harness.Store = TestNodes.Store();
        _harness.Archive.WithImages(SeriesB, [.. ImagesOfB.Select((uid, index) => new ImageMatch(uid, Uids.DxImage, index + 1))]);
        var query = await InterruptedAtAsync(SeriesB, SeriesA, SeriesB);
        _harness.Arrivals.WithInstances(SeriesB, ImagesOfB[0], ImagesOfB[2]);
        _harness.Arrivals.Then((SeriesA, 1, 1), (SeriesB, 4, 4));
        var before = _harness.Archive.MoveRequests.Count;
        var findsBefore = _harness.Archive.ImageRequests.Count();

        var state = await _harness.Mover.ResumeAsync(query, _harness.Node, _harness.Store, Ct);

        Assert.Equal(QueryState.Done, state);
        var resumed = _harness.Archive.MoveRequests.Skip(before).ToList();
        Assert.Equal([ImagesOfB[1], ImagesOfB[3]], resumed.Select(request => request.SopInstanceUid));
        Assert.All(resumed, request => Assert.Equal((QueryLevel.Image, SeriesB), (request.Level, request.SeriesInstanceUid)));
        var listing = Assert.Single(_harness.Archive.ImageRequests.Skip(findsBefore));
        Assert.Equal((SeriesB, (int?)null), (listing.SeriesInstanceUid, listing.InstanceNumber));
        Assert.Contains(_harness.Archive.Connections, connection => connection.Service == ArchiveService.Find && connection.CallingAeTitle.Value == "openrem");
        var seriesB = query.Studies[0].Series.Single(series => series.SeriesInstanceUid == SeriesB);
        Assert.Equal(new SubOperationCounts(4, 0, 0), seriesB.Retrieval.Counts);
        Assert.Equal((4, 4, 4), (seriesB.ObjectsExpected, seriesB.ObjectsArrived, seriesB.ObjectsImported));
        Assert.Equal((5, 5), (query.MoveCounts.ObjectsExpected, query.MoveCounts.ObjectsArrived));
        Assert.StartsWith("Resumed: 1 series already retrieved skipped; 1 series left to move, leaving out 2 objects already received.", query.MoveSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_series_whose_every_instance_arrived_before_the_stop_is_not_moved_again()
    {
        _harness.Store = TestNodes.Store();
        _harness.Archive.WithImages(SeriesB, [.. ImagesOfB.Take(2).Select((uid, index) => new ImageMatch(uid, Uids.DxImage, index + 1))]);
        var query = await InterruptedAtAsync(SeriesB, SeriesA, SeriesB);
        _harness.Arrivals.WithInstances(SeriesB, ImagesOfB[0], ImagesOfB[1]);
        _harness.Arrivals.Then((SeriesA, 1, 1), (SeriesB, 2, 2));
        var before = _harness.Archive.MoveRequests.Count;

        var state = await _harness.Mover.ResumeAsync(query, _harness.Node, _harness.Store, Ct);

        Assert.Equal(QueryState.Done, state);
        Assert.Empty(_harness.Archive.MoveRequests.Skip(before));
        Assert.Equal(RetrievalStatus.Completed, query.Studies[0].Series.Single(series => series.SeriesInstanceUid == SeriesB).Retrieval.Status);
    }

    [Fact]
    public async Task A_partly_received_series_whose_instances_cannot_be_listed_is_not_moved_again_and_fails_for_a_later_resume()
    {
        _harness.Store = TestNodes.Store();
        var query = await InterruptedAtAsync(SeriesB, SeriesA, SeriesB);
        _harness.Arrivals.WithInstances(SeriesB, ImagesOfB[0]);
        _harness.Arrivals.Then((SeriesA, 1, 1), (SeriesB, 1, 1));
        _harness.Archive.FailFind(SeriesB, ArchiveFailure.FromStatus(0xA700, "Refused: Out of Resources"));
        var before = _harness.Archive.MoveRequests.Count;

        var state = await _harness.Mover.ResumeAsync(query, _harness.Node, _harness.Store, Ct);

        Assert.Equal(QueryState.Failed, state);
        Assert.Empty(_harness.Archive.MoveRequests.Skip(before));
        var seriesB = query.Studies[0].Series.Single(series => series.SeriesInstanceUid == SeriesB);
        Assert.Equal(RetrievalStatus.Failed, seriesB.Retrieval.Status);
        Assert.StartsWith("Its instances could not be listed to resume it: ", seriesB.Retrieval.Problem, StringComparison.Ordinal);
        Assert.Null(query.WhyResumeIsImpossible());
    }

    [Fact]
    public async Task A_series_none_of_whose_objects_arrived_is_moved_whole_without_listing_it()
    {
        _harness.Store = TestNodes.Store();
        var query = await InterruptedAtAsync(SeriesB, SeriesA, SeriesB);
        _harness.Arrivals.Then((SeriesA, 1, 1), (SeriesB, 1, 1));
        var before = _harness.Archive.MoveRequests.Count;
        var findsBefore = _harness.Archive.ImageRequests.Count();

        var state = await _harness.Mover.ResumeAsync(query, _harness.Node, _harness.Store, Ct);

        Assert.Equal(QueryState.Done, state);
        var request = Assert.Single(_harness.Archive.MoveRequests.Skip(before));
        Assert.Equal((QueryLevel.Series, SeriesB), (request.Level, request.SeriesInstanceUid));
        Assert.Equal(findsBefore, _harness.Archive.ImageRequests.Count());
    }

    [Fact]
    public async Task A_failed_series_is_retried_on_resume_and_moves_from_failed_to_completed_in_the_counts()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB);
        var refused = new MoveResponse(0xA801, null, null, null, null);
        _harness.Archive.WithMoveResponses(SeriesB, refused).WithMoveResponses(SeriesB, refused);
        Assert.Equal(QueryState.Failed, await _harness.MoveAsync(query));
        Assert.Equal(1, query.MoveCounts.SeriesFailed);
        var before = _harness.Archive.MoveRequests.Count;

        var state = await _harness.Mover.ResumeAsync(query, _harness.Node, _harness.Store, Ct);

        Assert.Equal(QueryState.Done, state);
        Assert.Equal([SeriesB], _harness.Archive.MoveRequests.Skip(before).Select(request => request.SeriesInstanceUid));
        Assert.Equal((2, 0), (query.MoveCounts.SeriesCompleted, query.MoveCounts.SeriesFailed));
        Assert.Null(query.Error);
    }

    [Fact]
    public async Task A_query_that_was_not_interrupted_or_failed_is_refused_and_nothing_is_moved()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA);
        Assert.Equal(QueryState.Done, await _harness.MoveAsync(query));
        var before = _harness.Archive.MoveRequests.Count;

        var state = await _harness.Mover.ResumeAsync(query, _harness.Node, _harness.Store, Ct);

        Assert.Equal(QueryState.Done, state);
        Assert.Equal(before, _harness.Archive.MoveRequests.Count);
        Assert.Contains("Resume refused: Only an interrupted or failed retrieve can be resumed; this query is Done.", _harness.Progress.LinesAt(QueryLogLevel.Warning));
    }

    /// <summary>A query of one mammography study with <paramref name="series"/>, whose move the application stopped when it asked for <paramref name="stopAt"/>.</summary>
    private async Task<Query> InterruptedAtAsync(string stopAt, params string[] series)
    {
        var query = await _harness.FilteredQueryAsync(series);
        using var shutdown = new CancellationTokenSource();
        _harness.Archive.OnMove = request =>
        {
            if (request.SeriesInstanceUid == stopAt)
            {
                shutdown.Cancel();
            }
        };
        Assert.Equal(QueryState.Interrupted, await _harness.Mover.RunAsync(query, _harness.Node, _harness.Store, Ct, shutdown.Token));
        _harness.Archive.OnMove = null;
        return query;
    }
}
