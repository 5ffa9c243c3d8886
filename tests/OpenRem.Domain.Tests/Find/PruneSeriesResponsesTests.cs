using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Find;

/// <summary>Reference §7.4: the mammography, radiography and fluoroscopy series rules, images already found.</summary>
public sealed class PruneSeriesResponsesTests
{
    private readonly FindHarness _harness = new();

    [Fact]
    public async Task A_mammography_study_without_sr_keeps_its_images()
    {
        var (query, study) = Study(["MG"]);
        study.Seed(Uids.Test(11), "MG", 1, instances: 1);

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        Assert.Single(study.KeptSeries);
        Assert.Equal(ModalityGroup.Mammography, study.Group);
    }

    [Fact]
    public async Task A_mammography_study_with_an_rdsr_keeps_only_the_rdsr()
    {
        var (query, study) = Study(["MG", "SR"]);
        study.Seed(Uids.Test(11), "MG", 1);
        study.Seed(Uids.Test(12), "SR", 2).Seed(Uids.Test(121), Uids.Rdsr);
        study.Seed(Uids.Test(13), "SR", 3).Seed(Uids.Test(131), Uids.BasicTextSr);

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        var series = Assert.Single(study.KeptSeries);
        Assert.Equal(2, series.SeriesNumber);
        Assert.Equal(Uids.Rdsr, Assert.Single(series.KeptImages).SopClassUid);
        Assert.Equal("RDSR present, all other series ignored", study.Series[0].DropReason?.Text);
        Assert.Equal("RDSR present, ignoring all non-RDSR SR", study.Series[2].DropReason?.Text);
    }

    [Fact]
    public async Task A_cr_study_without_rdsr_keeps_its_images_and_is_handled_as_radiography()
    {
        var (query, study) = Study(["CR", "SR"]);
        study.Seed(Uids.Test(11), "CR", 1);
        study.Seed(Uids.Test(12), "SR", 2).Seed(Uids.Test(121), Uids.BasicTextSr);

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        Assert.Equal("CR", Assert.Single(study.KeptSeries).Modality);
        Assert.Equal(ModalityGroup.Radiography, study.Group);
        Assert.Equal("No RDSR, ignored all SR series", study.Series[1].DropReason?.Text);
    }

    [Fact]
    public async Task A_dx_study_with_rdsr_esr_and_basic_sr_keeps_only_the_rdsr()
    {
        var (query, study) = Study(["DX", "SR"]);
        study.Seed(Uids.Test(11), "DX", 1);
        study.Seed(Uids.Test(12), "SR", 2).Seed(Uids.Test(121), Uids.Rdsr);
        study.Seed(Uids.Test(13), "SR", 3).Seed(Uids.Test(131), Uids.BasicTextSr);
        study.Seed(Uids.Test(14), "SR", 4).Seed(Uids.Test(141), Uids.Esr);

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        var series = Assert.Single(study.KeptSeries);
        Assert.Equal(Uids.Rdsr, Assert.Single(series.KeptImages).SopClassUid);
        Assert.Equal("RDSR present, all non SR series ignored", study.Series[0].DropReason?.Text);
    }

    [Fact]
    public async Task A_fluoroscopy_study_without_a_dose_report_is_dropped()
    {
        var (query, study) = Study(["RF", "SR"]);
        study.Seed(Uids.Test(11), "RF", 1);
        study.Seed(Uids.Test(12), "SR", 2).Seed(Uids.Test(121), Uids.BasicTextSr);

        await _harness.PruneSeriesAsync(query);

        Assert.Empty(query.KeptStudies);
        Assert.Equal("No usable SR in study", study.DropReason?.Text);
    }

    [Fact]
    public async Task A_fluoroscopy_study_with_an_esr_keeps_only_the_esr()
    {
        var (query, study) = Study(["XA", "SR"]);
        study.Seed(Uids.Test(11), "XA", 1);
        study.Seed(Uids.Test(12), "SR", 2).Seed(Uids.Test(121), Uids.Esr);
        study.Seed(Uids.Test(13), "SR", 3).Seed(Uids.Test(131), Uids.BasicTextSr);

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        var series = Assert.Single(study.KeptSeries);
        Assert.Equal(Uids.Esr, Assert.Single(series.KeptImages).SopClassUid);
        Assert.Equal("RDSR present, all not SR series ignored", study.Series[0].DropReason?.Text);
        Assert.Equal("ESR present, no RDSR found, all other SR series ignored", study.Series[2].DropReason?.Text);
    }

    [Fact]
    public async Task An_sr_series_that_returns_nothing_is_dropped_without_the_empty_sr_option()
    {
        var (query, study) = Study(["MG", "SR"]);
        study.Seed(Uids.Test(11), "MG", 1);
        study.Seed(Uids.Test(12), "SR", 2);

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        Assert.Equal("MG", Assert.Single(study.KeptSeries).Modality);
        Assert.Contains(_harness.Progress.LinesAt(Ports.QueryLogLevel.Warning), line => line.Contains("returned nothing at image level", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_sr_series_that_returns_nothing_is_taken_for_a_dose_report_with_the_empty_sr_option()
    {
        var (query, study) = Study(["MG", "SR"], new QueryOptions { GetEmptySrSeries = true });
        study.Seed(Uids.Test(11), "MG", 1);
        study.Seed(Uids.Test(12), "SR", 2);

        await _harness.PruneSeriesAsync(query);

        Assert.Single(query.KeptStudies);
        Assert.Equal("SR", Assert.Single(study.KeptSeries).Modality);
    }

    private (Query Query, StudyResponse Study) Study(IReadOnlyList<string> modalities, QueryOptions? options = null)
    {
        var query = _harness.NewQuery(Groups.AllFive, options);
        return (query, query.Seed(Uids.Test(1), modalities));
    }
}
