using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Retrieve;

/// <summary>The move phase: requests, statuses, retries and the final state (reference §4, §7.10).</summary>
public sealed class MovePhaseTests
{
    private static readonly string SeriesA = Uids.Test(11);
    private static readonly string SeriesB = Uids.Test(12);

    private readonly FindHarness _harness = new();

    [Fact]
    public async Task A_move_of_a_query_that_has_not_found_its_studies_is_refused_and_nothing_is_asked_of_the_archive()
    {
        var query = _harness.NewQuery(Groups.Ct);

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Queued, state);
        Assert.Empty(_harness.Archive.Connections);
        Assert.Contains("Move refused: The query has not finished finding studies.", _harness.Progress.LinesAt(QueryLogLevel.Warning));
    }

    [Fact]
    public async Task Each_kept_series_is_moved_whole_to_the_store_ae_title_on_one_association_called_by_the_store()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB);

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Done, state);
        Assert.Equal([SeriesA, SeriesB], _harness.Archive.MoveRequests.Select(request => request.SeriesInstanceUid));
        Assert.All(_harness.Archive.MoveRequests, request =>
        {
            Assert.Equal(QueryLevel.Series, request.Level);
            Assert.Equal("openremstore", request.Destination.Value);
            Assert.Null(request.SopInstanceUid);
        });
        var connection = _harness.Archive.Connections[^1];
        Assert.Equal((ArchiveService.Move, "openremstore"), (connection.Service, connection.CallingAeTitle.Value));
        Assert.Equal(2, _harness.Archive.Disposals);
        Assert.Equal(new SubOperationCounts(2, 0, 0), query.MoveCounts.SubOperations);
        Assert.Equal("Move complete. 1 study, 2 series, 2 requests sent.\nCumulative sub-ops completed: 2, failed: 0, warning: 0.", query.MoveSummary);
        Assert.All(query.Studies[0].Series, series => Assert.Equal(RetrievalStatus.Completed, series.Retrieval.Status));
        Assert.Contains("Requesting move: modality MG, study 1 (of 1) series 2 (of 2). Series contains 4 objects", _harness.Progress.Stages);
    }

    [Fact]
    public async Task A_series_retrieved_by_image_gets_one_image_level_request_per_kept_image()
    {
        _harness.Archive
            .WithStudies("NM", new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["PT"]))
            .WithSeries(Uids.Test(1), new SeriesMatch(SeriesA, "PT", 1, null, 300))
            .WithImages(SeriesA, new ImageMatch(Uids.Test(111), Uids.PetImage, 1));
        var query = _harness.NewQuery(ModalitySelection.Of(ModalityGroup.NuclearMedicine));
        await _harness.RunAsync(query);

        await _harness.MoveAsync(query);

        var request = Assert.Single(_harness.Archive.MoveRequests);
        Assert.Equal((QueryLevel.Image, Uids.Test(111)), (request.Level, request.SopInstanceUid));
    }

    [Fact]
    public async Task A_warning_status_completes_the_series_with_its_counts_and_the_move_goes_on_B6()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB);
        _harness.Archive.WithMoveResponses(SeriesA, new MoveResponse(0xFF00, 3, 1, 0, 0), new MoveResponse(0xB000, 0, 3, 1, 0));

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Done, state);
        Assert.Equal(0, _harness.Archive.Renewals);
        Assert.Equal(2, _harness.Archive.MoveRequests.Count);
        var series = query.Studies[0].Series[0];
        Assert.Equal(RetrievalStatus.CompletedWithWarnings, series.Retrieval.Status);
        Assert.Equal("Warning (0xb000) - Sub-operations completed, one or more failures.", series.Retrieval.Problem);
        Assert.Equal(new SubOperationCounts(4, 1, 0), query.MoveCounts.SubOperations);
        Assert.Equal(1, query.MoveCounts.SeriesWithWarnings);
        Assert.Contains("1 series completed with warnings.", query.MoveSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_series_is_retried_once_on_a_fresh_association_then_recorded_with_the_status_and_the_rest_still_moved_B11()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB);
        _harness.Archive
            .WithMoveResponses(SeriesA, new MoveResponse(0xA801))
            .WithMoveResponses(SeriesA, new MoveResponse(0xA801));

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Failed, state);
        Assert.Equal(1, _harness.Archive.Renewals);
        Assert.Equal([SeriesA, SeriesA, SeriesB], _harness.Archive.MoveRequests.Select(request => request.SeriesInstanceUid));
        var failed = query.Studies[0].Series[0].Retrieval;
        Assert.Equal((RetrievalStatus.Failed, 2), (failed.Status, failed.Attempts));
        Assert.Equal("Failure (0xa801) - Move destination unknown.", failed.Problem);
        Assert.Equal(RetrievalStatus.Completed, query.Studies[0].Series[1].Retrieval.Status);
        Assert.Equal("1 of 2 series could not be retrieved.", query.Error);
        Assert.Contains($"Study 1, series 1 ({SeriesA}) failed: Failure (0xa801) - Move destination unknown.", query.MoveSummary, StringComparison.Ordinal);
        Assert.NotNull(query.MoveEndedAt);
    }

    [Fact]
    public async Task A_series_that_fails_once_and_succeeds_on_the_fresh_association_is_completed()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA);
        _harness.Archive.FailMove(SeriesA, new ArchiveFailure(ArchiveFailureKind.ConnectionLost, "Peer aborted"), new MoveResponse(0xFF00, 2, 1, 0, 0));

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Done, state);
        var retrieval = query.Studies[0].Series[0].Retrieval;
        Assert.Equal((RetrievalStatus.Completed, 2), (retrieval.Status, retrieval.Attempts));
        Assert.Equal(new SubOperationCounts(1, 0, 0), retrieval.Counts);
        Assert.Contains(_harness.Progress.LinesAt(QueryLogLevel.Warning), line => line.Contains("Peer aborted", StringComparison.Ordinal) && line.EndsWith("Trying again on a fresh association.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cancel_status_is_named_B7()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA);
        _harness.Archive.WithMoveResponses(SeriesA, new MoveResponse(0xFE00, 0, 1, 0, 0)).WithMoveResponses(SeriesA, new MoveResponse(0xFE00, 0, 1, 0, 0));

        await _harness.MoveAsync(query);

        Assert.Equal("Cancel (0xfe00) - Sub-operations terminated due to Cancel indication.", query.Studies[0].Series[0].Retrieval.Problem);
    }

    [Fact]
    public async Task A_final_response_without_counts_counts_as_zero_instead_of_crashing_B8()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA);
        _harness.Archive.WithMoveResponses(SeriesA, new MoveResponse(0x0000));

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Done, state);
        Assert.Equal(SubOperationCounts.None, query.MoveCounts.SubOperations);
        Assert.Equal(RetrievalStatus.Completed, query.Studies[0].Series[0].Retrieval.Status);
    }

    [Fact]
    public async Task Success_with_counts_reporting_nothing_sent_is_a_warning()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA);
        _harness.Archive.WithMoveResponses(SeriesA, new MoveResponse(0x0000, 0, 0, 0, 0));

        await _harness.MoveAsync(query);

        var retrieval = query.Studies[0].Series[0].Retrieval;
        Assert.Equal(RetrievalStatus.CompletedWithWarnings, retrieval.Status);
        Assert.Equal("The archive reported success but sent no objects.", retrieval.Problem);
    }

    [Fact]
    public async Task An_archive_that_cannot_be_reached_stops_the_move_and_the_rest_is_recorded_as_not_requested()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB);
        var unreachable = new ArchiveFailure(ArchiveFailureKind.AssociationFailed, "Connection refused");
        _harness.Archive.FailMove(SeriesA, unreachable).FailMove(SeriesA, unreachable);

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Failed, state);
        Assert.Equal([SeriesA, SeriesA], _harness.Archive.MoveRequests.Select(request => request.SeriesInstanceUid));
        Assert.Equal(RetrievalStatus.NotAttempted, query.Studies[0].Series[1].Retrieval.Status);
        Assert.Equal("2 of 2 series could not be retrieved.", query.Error);
        Assert.Contains("1 series not requested: the archive could not be reached (Could not associate: Connection refused.).", query.MoveSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_move_starts_its_counts_from_zero_B39()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA);
        await _harness.MoveAsync(query);

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Done, state);
        Assert.Equal(new SubOperationCounts(1, 0, 0), query.MoveCounts.SubOperations);
        Assert.Equal(1, query.MoveCounts.RequestsDone);
    }

    [Fact]
    public async Task A_move_of_a_query_already_retrieving_is_refused_B39()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA);
        query.BeginMove(_harness.Time.GetUtcNow());

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Retrieving, state);
        Assert.Empty(_harness.Archive.MoveRequests);
        Assert.Contains("Move refused: A retrieve of this query is already running.", _harness.Progress.LinesAt(QueryLogLevel.Warning));
    }

    [Fact]
    public async Task A_cancelled_move_ends_cancelled_and_releases_the_association()
    {
        var query = await _harness.FilteredQueryAsync(SeriesA, SeriesB);
        using var cancellation = new CancellationTokenSource();
        _harness.Archive.OnMove = _ => cancellation.Cancel();

        var state = await _harness.Mover.RunAsync(query, _harness.Node, _harness.Store, cancellation.Token);

        Assert.Equal(QueryState.Cancelled, state);
        Assert.Equal(2, _harness.Archive.Disposals);
        Assert.Equal(RetrievalStatus.NotAttempted, query.Studies[0].Series[1].Retrieval.Status);
    }

    [Fact]
    public async Task A_query_with_nothing_kept_completes_its_move_without_a_request()
    {
        var query = _harness.NewQuery(Groups.Ct);
        await _harness.RunAsync(query);

        var state = await _harness.MoveAsync(query);

        Assert.Equal(QueryState.Done, state);
        Assert.Empty(_harness.Archive.MoveRequests);
        Assert.StartsWith("Move complete. 0 studies, 0 series, 0 requests sent.", query.MoveSummary, StringComparison.Ordinal);
    }
}
