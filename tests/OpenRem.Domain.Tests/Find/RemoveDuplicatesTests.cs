using OpenRem.Domain.Find.Steps;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Find;

/// <summary>Reference §7.9: objects already imported are not retrieved again, compared object by object (B18–B20).</summary>
public sealed class RemoveDuplicatesTests
{
    private const string Prefix = "1.3.6.1.4.1.5962.99.1.792239193.1702185591.1516915727449.";
    private const string DxPrefix = "1.3.6.1.4.1.5962.99.1.2282339064.1266597797.1479751121656.";
    private static readonly string StudyUid = Prefix + "3.0";

    private readonly FindHarness _harness = new();

    [Fact]
    public async Task A_study_not_imported_before_keeps_its_rdsr()
    {
        var query = _harness.NewQuery(Groups.Ct);
        var study = query.Seed(StudyUid, ["CT", "SR"]);
        study.Seed(Prefix + "12.0", "SR").Seed(Prefix + "11.0", Uids.Rdsr);

        await DuplicatesStep.RunAsync(_harness.Context(query));

        Assert.Single(query.KeptStudies);
        Assert.Single(study.KeptSeries);
    }

    [Fact]
    public async Task An_rdsr_already_imported_is_dropped_and_a_new_one_kept()
    {
        _harness.Imported.Import(StudyUid, Prefix + "11.0");
        var query = _harness.NewQuery(Groups.Ct);
        var study = query.Seed(StudyUid, ["CT", "SR"]);
        study.Seed(Prefix + "12.0", "SR").Seed(Prefix + "11.0", Uids.Rdsr);
        study.Seed(Prefix + "7.0", "SR").Seed(Prefix + "6.0", Uids.Rdsr);

        await DuplicatesStep.RunAsync(_harness.Context(query));

        Assert.Single(query.KeptStudies);
        Assert.Equal(Prefix + "7.0", Assert.Single(study.KeptSeries).SeriesInstanceUid);
        Assert.Equal("All files of this series ignored", study.Series[0].DropReason?.Text);
        Assert.Equal("SOP instance of this object is present in database", study.Series[0].Images[0].DropReason?.Text);
    }

    [Fact]
    public async Task A_study_imported_without_processed_objects_has_nothing_to_compare_and_is_kept()
    {
        _harness.Imported.Import(StudyUid);
        var query = _harness.NewQuery(Groups.Ct);
        var study = query.Seed(StudyUid, ["CT", "SR"]);
        study.Seed(Prefix + "7.0", "SR").Seed(Prefix + "6.0", Uids.Rdsr);

        await DuplicatesStep.RunAsync(_harness.Context(query));

        Assert.Single(query.KeptStudies);
        Assert.Single(study.KeptSeries);
    }

    [Fact]
    public async Task A_dx_image_already_imported_is_dropped_and_the_new_one_retrieved_by_itself()
    {
        _harness.Imported.Import(DxPrefix + "24.0", DxPrefix + "20.0");
        var query = _harness.NewQuery(Groups.AllFive);
        var study = query.Seed(DxPrefix + "24.0", ["DX"]);
        var series = study.Seed(DxPrefix + "25.0", "DX");
        series.Seed(DxPrefix + "20.0", Uids.DxImage);
        series.Seed(DxPrefix + "26.0", Uids.DxImage, 2);

        await DuplicatesStep.RunAsync(_harness.Context(query));

        Assert.Single(query.KeptStudies);
        Assert.Same(series, Assert.Single(study.KeptSeries));
        Assert.Equal(DxPrefix + "26.0", Assert.Single(series.KeptImages).SopInstanceUid);
        Assert.True(series.MoveImagesIndividually);
    }

    [Fact]
    public async Task Every_instance_of_a_series_is_compared_not_only_the_first_B18()
    {
        _harness.Imported.Import(Uids.Test(1), Uids.Test(111));
        _harness.Archive.WithImages(Uids.Test(11),
            new ImageMatch(Uids.Test(111), Uids.DxImage, 1),
            new ImageMatch(Uids.Test(112), Uids.DxImage, 2),
            new ImageMatch(Uids.Test(113), Uids.DxImage, 3));
        var query = _harness.NewQuery(Groups.AllFive);
        var study = query.Seed(Uids.Test(1), ["DX"]);
        var series = study.Seed(Uids.Test(11), "DX", instances: 3);

        await DuplicatesStep.RunAsync(_harness.Context(query));

        Assert.Null(Assert.Single(_harness.Archive.ImageRequests).InstanceNumber);
        Assert.True(series.IsKept);
        Assert.True(series.MoveImagesIndividually);
        Assert.Equal([Uids.Test(112), Uids.Test(113)], series.KeptImages.Select(image => image.SopInstanceUid));
    }

    [Fact]
    public async Task A_series_whose_instances_are_all_new_is_still_retrieved_whole_B18()
    {
        _harness.Imported.Import(Uids.Test(1), Uids.Test(999));
        _harness.Archive.WithImages(Uids.Test(11), new ImageMatch(Uids.Test(111), Uids.DxImage, 1), new ImageMatch(Uids.Test(112), Uids.DxImage, 2));
        var query = _harness.NewQuery(Groups.AllFive);
        var series = query.Seed(Uids.Test(1), ["DX"]).Seed(Uids.Test(11), "DX", instances: 2);

        await DuplicatesStep.RunAsync(_harness.Context(query));

        Assert.True(series.IsKept);
        Assert.False(series.MoveImagesIndividually);
    }

    [Fact]
    public async Task A_dose_screen_of_a_study_already_imported_is_compared_not_dropped_for_its_modality_B19()
    {
        _harness.Imported.Import(Uids.Test(1), Uids.Test(111));
        _harness.Archive.WithImages(Uids.Test(12), new ImageMatch(Uids.Test(121), Uids.SecondaryCapture, 1));
        var query = _harness.NewQuery(Groups.Ct);
        var study = query.Seed(Uids.Test(1), ["CT", "SC"]);
        study.Seed(Uids.Test(12), "SC", description: "Dose Info", instances: 1);

        await DuplicatesStep.RunAsync(_harness.Context(query));

        Assert.Single(query.KeptStudies);
        Assert.True(study.Series[0].IsKept);
    }

    [Fact]
    public async Task An_sr_series_that_returns_nothing_is_kept_for_a_study_already_imported_B20()
    {
        _harness.Imported.Import(Uids.Test(1), Uids.Test(111));
        var query = _harness.NewQuery(Groups.Ct, new QueryOptions { GetEmptySrSeries = true });
        var study = query.Seed(Uids.Test(1), ["CT", "SR"]);
        var series = study.Seed(Uids.Test(12), "SR", instances: 1);

        await DuplicatesStep.RunAsync(_harness.Context(query));

        Assert.True(series.IsKept);
        Assert.Single(query.KeptStudies);
    }

    [Fact]
    public async Task A_series_whose_image_query_failed_is_kept_whole_because_it_cannot_be_compared()
    {
        _harness.Imported.Import(Uids.Test(1), Uids.Test(111));
        _harness.Archive
            .WithImages(Uids.Test(11), new ImageMatch(Uids.Test(111), Uids.DxImage, 1), new ImageMatch(Uids.Test(112), Uids.DxImage, 2))
            .FailFind(Uids.Test(11), new ArchiveFailure(ArchiveFailureKind.ConnectionLost, "Timed out"), afterMatches: 1);
        var query = _harness.NewQuery(Groups.AllFive);
        var series = query.Seed(Uids.Test(1), ["DX"]).Seed(Uids.Test(11), "DX", instances: 2);

        await DuplicatesStep.RunAsync(_harness.Context(query));

        Assert.True(series.IsKept);
        Assert.False(series.MoveImagesIndividually);
        Assert.All(series.Images, image => Assert.True(image.IsKept));
        Assert.Contains(query.RemoteErrors, error => error.Contains("Timed out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_study_whose_every_series_was_imported_is_dropped()
    {
        _harness.Imported.Import(StudyUid, Prefix + "11.0");
        var query = _harness.NewQuery(Groups.Ct);
        var study = query.Seed(StudyUid, ["CT", "SR"]);
        study.Seed(Prefix + "12.0", "SR").Seed(Prefix + "11.0", Uids.Rdsr);

        await DuplicatesStep.RunAsync(_harness.Context(query));

        Assert.Empty(query.KeptStudies);
        Assert.Equal(DropCode.NoSeriesLeftAfterDuplicates, study.DropReason?.Code);
        Assert.Equal(1, query.FindCounts.AlreadyImportedRemoved);
    }

    [Fact]
    public async Task The_same_instance_found_twice_is_one_image_B38()
    {
        _harness.Imported.Import(Uids.Test(1), Uids.Test(999));
        _harness.Archive.WithImages(Uids.Test(11), new ImageMatch(Uids.Test(111), Uids.DxImage, 1));
        var query = _harness.NewQuery(Groups.AllFive);
        var series = query.Seed(Uids.Test(1), ["DX"]).Seed(Uids.Test(11), "DX", instances: 1);
        series.Seed(Uids.Test(111), Uids.DxImage);

        await DuplicatesStep.RunAsync(_harness.Context(query));

        Assert.Single(series.Images);
    }
}
