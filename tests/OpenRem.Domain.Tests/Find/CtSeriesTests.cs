using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Find;

/// <summary>Reference §7.7: the CT series rule with dose reports, dose screens and empty SR series, images already found.</summary>
public sealed class CtSeriesTests
{
    private const int Tap = 1;
    private const int Esr = 2;
    private const int BasicSr = 3;
    private const int DoseInfo = 4;
    private const int Rdsr = 5;

    private readonly FindHarness _harness = new();

    [Fact]
    public async Task An_rdsr_is_kept_alone()
    {
        var (query, study) = CtStudy();

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        Assert.Equal(Uids.Rdsr, Assert.Single(Assert.Single(study.KeptSeries).KeptImages).SopClassUid);
        Assert.Equal(CtDoseSource.DoseReport, study.CtDoseSource);
    }

    [Fact]
    public async Task Without_an_rdsr_an_esr_is_kept_alone()
    {
        var (query, study) = CtStudy(without: [Rdsr]);

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        Assert.Equal(Uids.Esr, Assert.Single(Assert.Single(study.KeptSeries).KeptImages).SopClassUid);
    }

    [Fact]
    public async Task Without_a_dose_report_the_dose_info_series_is_kept_whatever_the_case_of_its_description()
    {
        var (query, study) = CtStudy(without: [Rdsr, Esr]);

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        Assert.Equal(DoseInfo, Assert.Single(study.KeptSeries).SeriesNumber);
        Assert.Equal("Found what is probably Philips dose image, no SR, all other series ignored", study.Series.Single(series => series.SeriesNumber == BasicSr).DropReason?.Text);
    }

    [Fact]
    public async Task A_dose_info_series_that_lost_its_description_beside_described_series_leaves_nothing_of_use_B32()
    {
        var (query, study) = CtStudy(without: [Rdsr, Esr], doseInfoDescription: null);

        await _harness.PruneSeriesAsync(query);

        Assert.Empty(query.KeptStudies);
        Assert.Equal(DropCode.NoUsableCtInformation, study.DropReason?.Code);
    }

    [Fact]
    public async Task An_sr_series_that_returns_nothing_falls_through_to_the_dose_info_series_without_the_empty_sr_option()
    {
        var (query, study) = CtStudy(without: [BasicSr, Rdsr], emptyEsr: true);

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        Assert.Equal(DoseInfo, Assert.Single(study.KeptSeries).SeriesNumber);
    }

    [Fact]
    public async Task An_sr_series_that_returns_nothing_is_kept_as_a_dose_report_with_the_empty_sr_option()
    {
        var (query, study) = CtStudy(without: [BasicSr, Rdsr], emptyEsr: true, options: new QueryOptions { GetEmptySrSeries = true });

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        Assert.Equal(Esr, Assert.Single(study.KeptSeries).SeriesNumber);
    }

    [Fact]
    public async Task With_the_toshiba_option_the_first_image_of_each_series_is_prepared_and_dose_screens_are_kept_whole()
    {
        var query = _harness.NewQuery(Groups.Ct, new QueryOptions { GetToshibaImages = true });
        var study = query.Seed(Uids.Test(1), ["CT"]);
        study.Seed(Uids.Test(11), "CT", 1, "Abdomen", 200);
        study.Seed(Uids.Test(12), "CT", 2, "Screen", 1);
        study.Seed(Uids.Test(13), "CT", 3, "Empty", 0);
        _harness.Archive
            .WithImages(Uids.Test(11), new ImageMatch(Uids.Test(111), Uids.CtImage, 1), new ImageMatch(Uids.Test(112), Uids.CtImage, 2))
            .WithImages(Uids.Test(12), new ImageMatch(Uids.Test(121), Uids.SecondaryCapture, 1));

        await _harness.PruneSeriesAsync(query);

        Assert.Equal(CtDoseSource.ToshibaPrepared, study.CtDoseSource);
        var (abdomen, screen, empty) = (study.Series[0], study.Series[1], study.Series[2]);
        Assert.True(abdomen.IsKept && abdomen.MoveImagesIndividually);
        Assert.Equal([Uids.Test(111)], abdomen.KeptImages.Select(image => image.SopInstanceUid));
        Assert.True(screen.IsKept && !screen.MoveImagesIndividually);
        Assert.Equal("Searching for Toshiba: No images in series found.", empty.DropReason?.Text);
    }

    [Fact]
    public async Task Ct_counts_are_of_studies_still_kept_at_the_end_B24()
    {
        _harness.Archive
            .WithStudies("CT", new Ports.Archive.StudyMatch(Uids.Test(1), ModalitiesInStudy: ["CT"]), new Ports.Archive.StudyMatch(Uids.Test(2), ModalitiesInStudy: ["CT"]))
            .WithSeries(Uids.Test(1), new SeriesMatch(Uids.Test(11), "CT", 1, null, 300))
            .WithSeries(Uids.Test(2), new SeriesMatch(Uids.Test(21), "CT", 1, null, 2));
        var query = _harness.NewQuery(Groups.Ct, new QueryOptions { RemoveDuplicates = false });

        await _harness.RunAsync(query);

        Assert.Equal([Uids.Test(2)], query.KeptStudies.Select(study => study.StudyInstanceUid));
        Assert.Equal(1, query.FindCounts.CtMaybePhilips);
        Assert.Contains("0 have RDSR or ESR, 0 have Philips dose images, 0 have been prepared for the Toshiba import option and 1 have been prepared", query.FindSummary, StringComparison.Ordinal);
    }

    private (Query Query, StudyResponse Study) CtStudy(
        int[]? without = null, string? doseInfoDescription = "Dose Info", bool emptyEsr = false, QueryOptions? options = null)
    {
        var skip = without ?? [];
        var query = _harness.NewQuery(Groups.AllFive, options);
        var study = query.Seed(Uids.Test(1), ["CT", "SR"], "CT study");
        Add(Tap, () => study.Seed(Uids.Test(11), "CT", Tap, "TAP", 15));
        Add(Esr, () =>
        {
            var series = study.Seed(Uids.Test(12), "SR", Esr, instances: 1);
            if (!emptyEsr)
            {
                series.Seed(Uids.Test(121), Uids.Esr);
            }
        });
        Add(BasicSr, () => study.Seed(Uids.Test(13), "SR", BasicSr, instances: 1).Seed(Uids.Test(131), Uids.BasicTextSr));
        Add(DoseInfo, () => study.Seed(Uids.Test(14), "CT", DoseInfo, doseInfoDescription, 1));
        Add(Rdsr, () => study.Seed(Uids.Test(15), "SR", Rdsr, instances: 1).Seed(Uids.Test(151), Uids.Rdsr));
        return (query, study);

        void Add(int number, Action seed)
        {
            if (!skip.Contains(number))
            {
                seed();
            }
        }
    }
}
