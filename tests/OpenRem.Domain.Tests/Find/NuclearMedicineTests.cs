using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Find;

/// <summary>Reference §7.6: the nuclear medicine series rule, images already found.</summary>
public sealed class NuclearMedicineTests
{
    private readonly FindHarness _harness = new();

    [Fact]
    public async Task With_an_rrdsr_and_a_pet_image_the_nm_series_is_not_typed_and_is_dropped()
    {
        var (query, study) = NmStudy(["PT", "SR", "NM"], sr: true, pt: true, nm: true);

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        Assert.Equal(["SR", "PT"], study.KeptSeries.Select(series => series.Modality));
        Assert.Null(study.Series[2].SopClassInSeries);
        Assert.Equal("Excluding all series without SOP class we can use", study.Series[2].DropReason?.Text);
    }

    [Fact]
    public async Task A_pet_image_series_is_kept_when_there_is_no_rrdsr()
    {
        var (query, study) = NmStudy(["PT", "NM"], sr: false, pt: true, nm: true);

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        Assert.Equal("PT", Assert.Single(study.KeptSeries).Modality);
    }

    [Fact]
    public async Task An_nm_image_series_is_kept_when_there_is_nothing_better()
    {
        var (query, study) = NmStudy(["NM"], sr: false, pt: false, nm: true);

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        Assert.Equal("NM", Assert.Single(study.KeptSeries).Modality);
    }

    [Fact]
    public async Task An_nm_study_with_nothing_of_use_is_dropped_by_the_empty_study_rule_B3()
    {
        var query = _harness.NewQuery(Groups.AllFive);
        var study = query.Seed(Uids.Test(1), ["NM", "SR"]);
        study.Seed(Uids.Test(11), "SR", 1, instances: 1).Seed(Uids.Test(111), Uids.BasicTextSr);

        await _harness.PruneSeriesAsync(query);

        Assert.Empty(query.KeptStudies);
        Assert.Equal("There are no series left", study.DropReason?.Text);
    }

    [Fact]
    public async Task Pet_and_nm_image_series_are_retrieved_by_their_first_image_only_B4()
    {
        var query = _harness.NewQuery(Groups.AllFive);
        var study = query.Seed(Uids.Test(1), ["NM"]);
        study.Seed(Uids.Test(11), "NM", 1, instances: 3);
        study.Seed(Uids.Test(12), "NM", 2, instances: 3);
        _harness.Archive
            .WithImages(Uids.Test(11), new ImageMatch(Uids.Test(111), Uids.NmImage, 1), new ImageMatch(Uids.Test(112), Uids.NmImage, 2))
            .WithImages(Uids.Test(12), new ImageMatch(Uids.Test(121), Uids.NmImage, 1));

        await _harness.PruneSeriesAsync(query);

        var kept = Assert.Single(study.KeptSeries);
        Assert.Equal(Uids.Test(11), kept.SeriesInstanceUid);
        Assert.True(kept.MoveImagesIndividually);
        Assert.Equal([Uids.Test(111)], kept.KeptImages.Select(image => image.SopInstanceUid));
        Assert.Equal("All NM images of a series contain the same NM data. Only first downloaded.", study.Series[1].DropReason?.Text);
        Assert.All(_harness.Archive.ImageRequests, request => Assert.Equal(1, request.InstanceNumber));
    }

    [Fact]
    public async Task A_first_image_query_that_finds_nothing_asks_again_for_instance_zero()
    {
        var query = _harness.NewQuery(Groups.AllFive);
        var study = query.Seed(Uids.Test(1), ["NM"]);
        study.Seed(Uids.Test(11), "NM", 1, instances: 1);
        _harness.Archive.WithImages(Uids.Test(11), new ImageMatch(Uids.Test(110), Uids.NmImage, 0));

        await _harness.PruneSeriesAsync(query);

        Assert.Equal([1, 0], _harness.Archive.ImageRequests.Select(request => request.InstanceNumber));
        Assert.Single(study.KeptSeries);
    }

    [Fact]
    public async Task The_instance_zero_retry_depends_on_this_query_not_on_images_found_earlier_B37()
    {
        var query = _harness.NewQuery(Groups.AllFive);
        var study = query.Seed(Uids.Test(1), ["NM"]);
        var series = study.Seed(Uids.Test(11), "NM", 1, instances: 1);
        series.Seed(Uids.Test(119), null, null);
        _harness.Archive.WithImages(Uids.Test(11), new ImageMatch(Uids.Test(110), Uids.NmImage, 0));

        await _harness.PruneSeriesAsync(query);

        Assert.Equal([1, 0], _harness.Archive.ImageRequests.Select(request => request.InstanceNumber));
        Assert.Contains(series.Images, image => image.SopInstanceUid == Uids.Test(110));
    }

    private (Query Query, StudyResponse Study) NmStudy(IReadOnlyList<string> modalities, bool sr, bool pt, bool nm)
    {
        var query = _harness.NewQuery(Groups.AllFive);
        var study = query.Seed(Uids.Test(1), modalities, "NM Study with RRDSR");
        if (sr)
        {
            study.Seed(Uids.Test(11), "SR", 1, instances: 1).Seed(Uids.Test(111), Uids.Rrdsr);
        }

        if (pt)
        {
            study.Seed(Uids.Test(12), "PT", 2, instances: 1).Seed(Uids.Test(121), Uids.PetImage);
        }

        if (nm)
        {
            study.Seed(Uids.Test(13), "NM", 3, instances: 1).Seed(Uids.Test(131), Uids.NmImage);
        }

        return (query, study);
    }
}
