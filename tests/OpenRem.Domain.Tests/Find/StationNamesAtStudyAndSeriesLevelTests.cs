using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Find;

/// <summary>
/// Reference §7.12: the whole find phase on a study whose station name differs between study level and series
/// level (a PET/CT queried for CT only).
/// </summary>
public sealed class StationNamesAtStudyAndSeriesLevelTests
{
    private readonly FindHarness _harness = new()
    {
        Node = RemoteNode.Create(
            new RemoteNodeSettings { Name = "test node", AeTitle = "teststnnameqrsvr", CallingAeTitle = "openrem", Host = "localhost", Port = 11112 },
            []),
    };

    public StationNamesAtStudyAndSeriesLevelTests()
    {
        _harness.Archive
            .WithStudies("CT", new StudyMatch(Uids.Test(1), StationName: "MIXEDCTNM", ModalitiesInStudy: ["PT", "CT", "SR"]))
            .WithSeries(Uids.Test(1),
                new SeriesMatch(Uids.Test(11), "CT", 1, NumberOfSeriesRelatedInstances: 100, StationName: "MEDPC"),
                new SeriesMatch(Uids.Test(12), "PET", 2, NumberOfSeriesRelatedInstances: 100, StationName: "SYMBIAT16"),
                new SeriesMatch(Uids.Test(13), "SR", 3, NumberOfSeriesRelatedInstances: 1, StationName: "MEDPC"))
            .WithImages(Uids.Test(13), new ImageMatch(Uids.Test(131), Uids.Rdsr, 1));
    }

    [Fact]
    public async Task Without_filters_the_rdsr_is_the_one_series_kept()
    {
        var query = await RunAsync(StudyFilters.None);

        var study = Assert.Single(query.KeptStudies);
        Assert.Equal(Uids.Test(13), Assert.Single(study.KeptSeries).SeriesInstanceUid);
    }

    [Fact]
    public async Task A_station_name_found_at_series_level_keeps_the_rdsr()
    {
        var query = await RunAsync(new StudyFilters { StationNameInclude = FilterTerms.Parse("medpc") });

        var study = Assert.Single(query.KeptStudies);
        Assert.Single(study.KeptSeries);
        Assert.Equal("Filter station_name include active and matched here", study.Series[1].DropReason?.Text);
    }

    [Fact]
    public async Task A_station_name_found_only_at_study_level_filters_out_every_series_and_so_the_study_B1()
    {
        var query = await RunAsync(new StudyFilters { StationNameInclude = FilterTerms.Parse("mixedctnm") });

        Assert.Empty(query.KeptStudies);
        Assert.Equal("All Series of this studies where ignored due to some active filter", query.Studies[0].DropReason?.Text);
        Assert.Equal(1, query.FindCounts.StationNameIncludeRemoved);
    }

    [Fact]
    public async Task A_station_name_checked_at_study_level_matches_the_study_station_name()
    {
        var query = await RunAsync(new StudyFilters { StationNameInclude = FilterTerms.Parse("mixedctnm"), StationNameAtStudyLevel = true });

        var study = Assert.Single(query.KeptStudies);
        Assert.Single(study.KeptSeries);
    }

    [Fact]
    public async Task A_study_filtered_at_study_level_is_never_asked_for_its_series()
    {
        var query = await RunAsync(new StudyFilters { StationNameInclude = FilterTerms.Parse("medpc"), StationNameAtStudyLevel = true });

        Assert.Empty(query.KeptStudies);
        Assert.Equal(DropCode.FilterMatched, query.Studies[0].DropReason?.Code);
        Assert.Empty(_harness.Archive.SeriesRequests);
        Assert.Equal(1, query.FindCounts.StationNameIncludeRemoved);
    }

    private async Task<Query> RunAsync(StudyFilters filters)
    {
        var query = _harness.NewQuery(Groups.Ct, filters: filters);
        Assert.Equal(QueryState.Filtered, await _harness.RunAsync(query));
        return query;
    }
}
