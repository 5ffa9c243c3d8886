using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Find;

/// <summary>The find phase as a whole: its end states, connection handling, stage texts and summary.</summary>
public sealed class FindPhaseTests
{
    private readonly FindHarness _harness = new();

    [Fact]
    public async Task A_query_ends_filtered_with_a_summary_and_its_stages_in_the_reference_order()
    {
        _harness.Archive
            .WithStudies("CT", new StudyMatch(Uids.Test(1), "Chest", ModalitiesInStudy: ["CT", "SR"]))
            .WithSeries(Uids.Test(1), new SeriesMatch(Uids.Test(11), "CT", 1, "Chest", 100), new SeriesMatch(Uids.Test(12), "SR", 2, null, 1))
            .WithImages(Uids.Test(12), new ImageMatch(Uids.Test(121), Uids.Rdsr, 1));
        var query = _harness.NewQuery(Groups.Ct);

        var state = await _harness.RunAsync(query);

        Assert.Equal(QueryState.Filtered, state);
        Assert.NotNull(query.FindStartedAt);
        Assert.NotNull(query.FindEndedAt);
        Assert.Equal(1, query.FindCounts.StudiesKept);
        Assert.Equal(1, query.FindCounts.SeriesKept);
        Assert.Equal(1, query.FindCounts.CtWithDoseReport);
        Assert.StartsWith("Query complete. Query took 0.0 seconds and we are left with 1 study to move.", query.FindSummary, StringComparison.Ordinal);
        Assert.Contains("Of the original 1 study responses, 0 CT studies were deleted", query.FindSummary, StringComparison.Ordinal);
        Assert.Equal(query.FindSummary, query.StageText);
        Assert.Equal(
            [
                "Starting the query", "Currently querying for CT studies", "Matches are continuing for CT studies",
                "Study level matching for CT is complete", "Querying at series level to get more details about studies",
                "Series level matches are continuing.", "Series level matching for this study is complete (there may be more)",
                "Deleting studies we didn't ask for", "Pruning series responses",
                "Getting series and image level information and deleting series we can't use", "Image level matches are continuing.",
                "Image level matching for this study is complete (there may be more)",
                "Removing any responses that match data we already have in the database",
                "Checking to see if any response studies are already in the database",
            ],
            _harness.Progress.Stages.Take(14));
        Assert.Equal(QueryState.Filtered, _harness.Progress.States[^1]);
    }

    [Fact]
    public async Task The_find_connection_uses_the_nodes_calling_ae_title_and_is_released_once()
    {
        var query = _harness.NewQuery(Groups.Ct);

        await _harness.RunAsync(query);

        var connection = Assert.Single(_harness.Archive.Connections);
        Assert.Equal("openrem", connection.CallingAeTitle.Value);
        Assert.Equal(ArchiveService.Find, connection.Service);
        Assert.Equal(1, _harness.Archive.Disposals);
    }

    [Fact]
    public async Task An_archive_that_cannot_be_associated_with_fails_the_query_with_the_reason()
    {
        _harness.Archive.FailFind("CT", new ArchiveFailure(ArchiveFailureKind.AssociationRejected, "Rejected Permanent: Called AE title not recognised"));
        var query = _harness.NewQuery(Groups.Ct);

        var state = await _harness.RunAsync(query);

        Assert.Equal(QueryState.Failed, state);
        Assert.Equal("Could not associate with qrserver: Rejected Permanent: Called AE title not recognised", query.Error);
        Assert.Equal(1, _harness.Archive.Disposals);
    }

    [Fact]
    public async Task Losing_the_association_for_good_in_the_middle_fails_the_query_with_a_message_and_releases_the_connection_B9_B12()
    {
        _harness.Archive
            .WithStudies("CT", new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["CT"]))
            .FailFind(Uids.Test(1), new ArchiveFailure(ArchiveFailureKind.AssociationFailed, "Association aborted or never connected"));
        var query = _harness.NewQuery(Groups.Ct);

        var state = await _harness.RunAsync(query);

        Assert.Equal(QueryState.Failed, state);
        Assert.Equal("Could not associate with qrserver: Association aborted or never connected", query.Error);
        Assert.Equal(query.Error, query.StageText);
        Assert.Equal(1, _harness.Archive.Disposals);
    }

    [Fact]
    public async Task A_failure_status_is_recorded_and_the_query_goes_on_with_what_was_received()
    {
        _harness.Archive
            .WithStudies("CT", new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["CT"]), new StudyMatch(Uids.Test(2), ModalitiesInStudy: ["CT"]))
            .FailFind("CT", ArchiveFailure.FromStatus(0xA700, "Out of resources"), afterMatches: 1)
            .WithStudies("MG", new StudyMatch(Uids.Test(3), ModalitiesInStudy: ["MG"]))
            .WithSeries(Uids.Test(1), new SeriesMatch(Uids.Test(11), "CT", 1, null, 1))
            .WithSeries(Uids.Test(3), new SeriesMatch(Uids.Test(31), "MG", 1, null, 4));
        var query = _harness.NewQuery(ModalitySelection.Of(ModalityGroup.Ct, ModalityGroup.Mammography));

        var state = await _harness.RunAsync(query);

        Assert.Equal(QueryState.Filtered, state);
        Assert.Equal([Uids.Test(1), Uids.Test(3)], query.KeptStudies.Select(study => study.StudyInstanceUid));
        var error = Assert.Single(query.RemoteErrors);
        Assert.Equal("Study level query for CT: Failure (0xa700) - Refused: Out of Resources. See logs for details.", error);
        Assert.EndsWith("The following errors were received: " + error, query.FindSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_remote_error_is_kept_not_only_the_last()
    {
        _harness.Archive
            .FailFind("CT", new ArchiveFailure(ArchiveFailureKind.ConnectionLost, "Timed out"))
            .FailFind("MG", ArchiveFailure.FromStatus(0xC001, "Bad"));
        var query = _harness.NewQuery(ModalitySelection.Of(ModalityGroup.Ct, ModalityGroup.Mammography));

        await _harness.RunAsync(query);

        Assert.Equal(2, query.RemoteErrors.Count);
        Assert.Contains("Connection timed out, was aborted or received invalid response", _harness.Progress.Stages);
        Assert.Contains("Failure (0xc001) - Unable to Process", query.RemoteErrors[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_error_fails_the_query_instead_of_leaving_it_running_B13()
    {
        var query = _harness.NewQuery(Groups.Ct);
        _harness.Archive.WithEveryStudyQueryAnswered(_ => throw new InvalidOperationException("boom"));

        var state = await _harness.RunAsync(query);

        Assert.Equal(QueryState.Failed, state);
        Assert.Equal("The query stopped on an unexpected error: boom", query.Error);
        Assert.Contains(_harness.Progress.Lines, line => line.Level == QueryLogLevel.Error && line.Detail?.Contains("InvalidOperationException", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_cancelled_query_ends_cancelled_and_releases_the_connection()
    {
        using var cancellation = new CancellationTokenSource();
        _harness.Archive.WithEveryStudyQueryAnswered(_ =>
        {
            cancellation.Cancel();
            return [new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["CT"])];
        });
        var query = _harness.NewQuery(Groups.Ct);

        var state = await _harness.Phase.RunAsync(query, _harness.Node, cancellation.Token);

        Assert.Equal(QueryState.Cancelled, state);
        Assert.Equal(1, _harness.Archive.Disposals);
        Assert.Equal(QueryState.Cancelled, _harness.Progress.States[^1]);
    }

    [Fact]
    public async Task A_query_that_is_not_queued_cannot_be_run_again()
    {
        var query = _harness.NewQuery(Groups.Ct);
        await _harness.RunAsync(query);

        await Assert.ThrowsAsync<QueryTransitionException>(() => _harness.RunAsync(query));
    }

    [Fact]
    public async Task Modality_codes_are_compared_whole_so_oct_is_not_ct_B2()
    {
        _harness.Archive
            .WithEveryStudyQueryAnswered(_ => [new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["OCT"]), new StudyMatch(Uids.Test(2), ModalitiesInStudy: ["OPT"])])
            .WithSeries(Uids.Test(1), new SeriesMatch(Uids.Test(11), "OCT", 1, null, 10))
            .WithSeries(Uids.Test(2), new SeriesMatch(Uids.Test(21), "OPT", 1, null, 10));
        var query = _harness.NewQuery(ModalitySelection.Of(ModalityGroup.Ct, ModalityGroup.NuclearMedicine));

        await _harness.RunAsync(query);

        Assert.Empty(query.KeptStudies);
        Assert.Equal("The study only contained modalities we do not care about ([\"OCT\"])", query.Studies[0].DropReason?.Text);
        Assert.Equal(2, query.FindCounts.UnwantedModalitiesRemoved);
    }

    [Fact]
    public async Task An_archive_returning_everything_has_its_unwanted_studies_removed()
    {
        _harness.Archive
            .WithEveryStudyQueryAnswered(_ => [new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["MG", "SR"]), new StudyMatch(Uids.Test(2), ModalitiesInStudy: ["US", "SR"])])
            .WithSeries(Uids.Test(1), new SeriesMatch(Uids.Test(11), "MG", 1, null, 4))
            .WithSeries(Uids.Test(2), new SeriesMatch(Uids.Test(21), "US", 1, null, 10));
        var query = _harness.NewQuery(ModalitySelection.Of(ModalityGroup.Ct, ModalityGroup.Mammography));

        await _harness.RunAsync(query);

        Assert.Equal([Uids.Test(1)], query.KeptStudies.Select(study => study.StudyInstanceUid));
        Assert.Equal(DropCode.UnwantedModalities, query.Studies[1].DropReason?.Code);
    }

    [Fact]
    public async Task Sr_only_drops_studies_with_images_even_when_the_archive_does_not_return_modalities_in_study_B5()
    {
        _harness.Archive
            .WithStudies("SR", new StudyMatch(Uids.Test(1)), new StudyMatch(Uids.Test(2)))
            .WithSeries(Uids.Test(1), new SeriesMatch(Uids.Test(11), "SR", 1, null, 1))
            .WithSeries(Uids.Test(2), new SeriesMatch(Uids.Test(21), "CT", 1, null, 100), new SeriesMatch(Uids.Test(22), "SR", 2, null, 1))
            .WithImages(Uids.Test(11), new ImageMatch(Uids.Test(111), Uids.Rdsr, 1))
            .WithImages(Uids.Test(22), new ImageMatch(Uids.Test(221), Uids.Rdsr, 1));
        var query = _harness.NewQuery(ModalitySelection.SrOnly);

        await _harness.RunAsync(query);

        Assert.Equal([Uids.Test(1)], query.KeptStudies.Select(study => study.StudyInstanceUid));
        Assert.Equal("SR only checked, but this study contains [\"CT\", \"SR\"]", query.Studies[1].DropReason?.Text);
        Assert.Equal(1, query.FindCounts.SrOnlyRemoved);
        Assert.Equal(ModalityGroup.SrOnly, query.Studies[0].Group);
    }

    [Fact]
    public async Task Sr_only_drops_a_study_the_archive_calls_sr_whose_series_hold_more_B5()
    {
        _harness.Archive
            .WithStudies("SR", new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["SR"]))
            .WithSeries(Uids.Test(1), new SeriesMatch(Uids.Test(11), "SR", 1, null, 1), new SeriesMatch(Uids.Test(12), "OT", 2, null, 1))
            .WithImages(Uids.Test(11), new ImageMatch(Uids.Test(111), Uids.Rdsr, 1));
        var query = _harness.NewQuery(ModalitySelection.SrOnly);

        await _harness.RunAsync(query);

        Assert.Empty(query.KeptStudies);
        Assert.Equal("SR only checked, but this study contains [\"SR\", \"OT\"]", query.Studies[0].DropReason?.Text);
        Assert.Empty(_harness.Archive.ImageRequests);
    }

    [Fact]
    public async Task Sr_only_drops_a_study_without_a_dose_report()
    {
        _harness.Archive
            .WithStudies("SR", new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["SR"]))
            .WithSeries(Uids.Test(1), new SeriesMatch(Uids.Test(11), "SR", 1, null, 1))
            .WithImages(Uids.Test(11), new ImageMatch(Uids.Test(111), Uids.BasicTextSr, 1));
        var query = _harness.NewQuery(ModalitySelection.SrOnly);

        await _harness.RunAsync(query);

        Assert.Empty(query.KeptStudies);
        Assert.Equal("No RDSR or ESR found.", query.Studies[0].DropReason?.Text);
        Assert.Contains("1 SR studies were deleted from query due to no suitable SR being found.", query.FindSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_series_and_images_of_dropped_studies_and_series_are_dropped_too()
    {
        _harness.Archive
            .WithStudies("RF", new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["RF", "SR"]))
            .WithSeries(Uids.Test(1), new SeriesMatch(Uids.Test(11), "RF", 1, null, 10), new SeriesMatch(Uids.Test(12), "SR", 2, null, 1))
            .WithImages(Uids.Test(12), new ImageMatch(Uids.Test(121), Uids.BasicTextSr, 1));
        var query = _harness.NewQuery(ModalitySelection.Of(ModalityGroup.Fluoroscopy));

        await _harness.RunAsync(query);

        var study = Assert.Single(query.Studies);
        Assert.Equal(DropCode.NoUsableSr, study.DropReason?.Code);
        Assert.All(study.Series, series => Assert.Equal("Ignored, since parent study was ignored", series.DropReason?.Text));
        Assert.Equal("Ignored, since parent series was ignored", study.Series[1].Images[0].DropReason?.Text);
        Assert.Equal(1, query.FindCounts.FluoroscopyWithoutReport);
    }

    [Fact]
    public async Task The_summary_names_each_active_filter_with_the_right_wording_B17()
    {
        var filters = new StudyFilters
        {
            StudyDescriptionInclude = FilterTerms.Parse("chest"),
            StudyDescriptionExclude = FilterTerms.Parse("head, neck"),
            StationNameExclude = FilterTerms.Parse("mobile"),
        };
        _harness.Archive.WithStudies("CT",
            new StudyMatch(Uids.Test(1), "Chest", ModalitiesInStudy: ["CT"]),
            new StudyMatch(Uids.Test(2), "Head", ModalitiesInStudy: ["CT"]),
            new StudyMatch(Uids.Test(3), "Chest and neck", ModalitiesInStudy: ["CT"]));
        var query = _harness.NewQuery(Groups.Ct, filters: filters);

        await _harness.RunAsync(query);

        Assert.Equal(1, query.FindCounts.StudyDescriptionIncludeRemoved);
        Assert.Equal(1, query.FindCounts.StudyDescriptionExcludeRemoved);
        Assert.Contains(
            "Filters: keeping only studies whose description includes 'chest' removed 1 study, excluding studies whose description includes 'head, neck' removed 1 study, excluding studies with station names that include 'mobile' at series level removed 0 studies.",
            query.FindSummary,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filter_stage_is_reported_and_the_image_stage_reads_correctly_B33_B34()
    {
        _harness.Archive
            .WithStudies("CT", new StudyMatch(Uids.Test(1), "Chest", ModalitiesInStudy: ["CT", "SR"]))
            .WithSeries(Uids.Test(1), new SeriesMatch(Uids.Test(11), "SR", 1, null, 1))
            .WithImages(Uids.Test(11), new ImageMatch(Uids.Test(111), Uids.Rdsr, 1));
        var query = _harness.NewQuery(Groups.Ct, filters: new StudyFilters { StudyDescriptionInclude = FilterTerms.Parse("Chest") });

        await _harness.RunAsync(query);

        Assert.Contains("Filter at study level on study_description that include chest", _harness.Progress.Stages);
        Assert.Contains("Image level matching for this study is complete (there may be more)", _harness.Progress.Stages);
    }

    [Fact]
    public async Task A_series_without_a_modality_is_taken_as_other_with_a_warning()
    {
        _harness.Archive
            .WithStudies("CT", new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["CT"]))
            .WithSeries(Uids.Test(1), new SeriesMatch(Uids.Test(11), null, 1, null, 1));
        var query = _harness.NewQuery(Groups.Ct);

        await _harness.RunAsync(query);

        var series = query.Studies[0].Series[0];
        Assert.Equal("OT", series.Modality);
        Assert.False(series.ModalityReturned);
        Assert.Contains("Illegal response with no modality at series level", _harness.Progress.LinesAt(QueryLogLevel.Warning));
    }
}
