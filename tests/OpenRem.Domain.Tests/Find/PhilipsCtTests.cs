using OpenRem.Domain.Find.Steps;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Find;

/// <summary>Reference §7.2: CT series pruning with Philips dose images.</summary>
public sealed class PhilipsCtTests
{
    private readonly FindHarness _harness = new();

    [Fact]
    public async Task A_series_described_dose_info_is_the_only_one_kept()
    {
        var (query, _) = Setup();

        await _harness.PruneSeriesAsync(query);

        var study = Assert.Single(query.KeptStudies);
        Assert.Equal("dose info", Assert.Single(study.KeptSeries).SeriesDescription, ignoreCase: true);
        Assert.Equal(CtDoseSource.PhilipsDoseInfo, study.CtDoseSource);
    }

    [Fact]
    public async Task Without_descriptions_only_series_of_at_most_five_images_are_kept()
    {
        var (query, _) = Setup(describe: false);

        await _harness.PruneSeriesAsync(query);

        var study = Assert.Single(query.KeptStudies);
        Assert.Equal([Uids.Test(11), Uids.Test(13)], study.KeptSeries.Select(series => series.SeriesInstanceUid));
        Assert.Equal(DropCode.MoreThanFiveImages, study.Series[1].DropReason?.Code);
        Assert.Equal(CtDoseSource.MaybePhilips, study.CtDoseSource);
    }

    [Fact]
    public async Task A_study_with_descriptions_but_no_dose_info_series_is_dropped()
    {
        var (query, _) = Setup(withDoseInfo: false);

        await _harness.PruneSeriesAsync(query);

        Assert.Empty(query.KeptStudies);
        Assert.Equal("Found no usuable information in this study", query.Studies[0].DropReason?.Text);
    }

    [Fact]
    public async Task An_rdsr_wins_over_a_dose_info_series()
    {
        var (query, study) = Setup(withSr: true);
        _harness.Archive.WithImages(Uids.Test(14), new ImageMatch(Uids.Test(141), Uids.Rdsr, 1));

        await _harness.PruneSeriesAsync(query);

        Assert.Same(study, Assert.Single(query.KeptStudies));
        Assert.Equal("radiation dose report", Assert.Single(study.KeptSeries).SeriesDescription);
    }

    [Fact]
    public async Task Modalities_in_study_is_built_from_the_series_when_the_archive_does_not_return_it()
    {
        var query = _harness.NewQuery(Groups.Ct);
        query.Seed(Uids.Test(1), description: "test response 1", stationName: "");
        _harness.Archive.WithSeries(Uids.Test(1), SeriesMatches(describe: true, withDoseInfo: true, withSr: true));

        await SeriesLevelSearch.RunAsync(_harness.Context(query));

        var study = Assert.Single(query.Studies);
        Assert.False(study.ModalitiesInStudyReturned);
        Assert.Equal(["CT", "SC", "SR"], study.ModalitiesInStudy.Order());
    }

    [Fact]
    public async Task A_description_of_only_spaces_counts_as_no_description_so_the_five_images_rule_applies_B36()
    {
        var query = _harness.NewQuery(Groups.Ct);
        var study = query.Seed(Uids.Test(1));
        study.Seed(Uids.Test(11), "CT", 1, "   ", 1);
        study.Seed(Uids.Test(12), "CT", 3, null, 300);
        study.WithSeriesModalities();

        await _harness.PruneSeriesAsync(query);

        Assert.Null(study.Series[0].SeriesDescription);
        Assert.Equal([Uids.Test(11)], study.KeptSeries.Select(series => series.SeriesInstanceUid));
    }

    private (Query Query, StudyResponse Study) Setup(bool describe = true, bool withDoseInfo = true, bool withSr = false)
    {
        var query = _harness.NewQuery(Groups.Ct);
        var study = query.Seed(Uids.Test(1), description: "test response 1", stationName: "");
        foreach (var series in SeriesMatches(describe, withDoseInfo, withSr))
        {
            study.Seed(series);
        }

        study.WithSeriesModalities();
        return (query, study);
    }

    private static SeriesMatch[] SeriesMatches(bool describe, bool withDoseInfo, bool withSr)
    {
        var series = new List<SeriesMatch>
        {
            new(Uids.Test(11), "CT", 1, describe ? "scan projection radiograph" : null, 1),
            new(Uids.Test(12), "CT", 3, describe ? "thorax and abdomen" : null, 300),
        };
        if (withDoseInfo)
        {
            series.Add(new(Uids.Test(13), "SC", 2394, describe ? "dose info" : null, 1));
        }

        if (withSr)
        {
            series.Add(new(Uids.Test(14), "SR", 999, "radiation dose report", 1));
        }

        return [.. series];
    }
}
