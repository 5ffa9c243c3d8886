using OpenRem.Domain.Find.Steps;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Find;

/// <summary>Reference §7.1: the study-level loop over modality codes.</summary>
public sealed class StudyQueryLogicTests
{
    private static readonly ModalitySelection CtAndMg = ModalitySelection.Of(ModalityGroup.Ct, ModalityGroup.Mammography);

    [Fact]
    public async Task An_archive_that_ignores_modalities_in_study_is_queried_once()
    {
        var harness = new FindHarness();
        harness.Archive.WithEveryStudyQueryAnswered(_ =>
        [
            new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["MG", "SR"]),
            new StudyMatch(Uids.Test(2), ModalitiesInStudy: ["US", "SR"]),
        ]);
        var query = harness.NewQuery(CtAndMg);

        var result = await StudyLevelSearch.RunAsync(harness.Context(query));

        Assert.Equal(2, query.Studies.Count);
        Assert.Equal(1, result.Requests);
        Assert.Equal("CT", Assert.Single(harness.Archive.StudyRequests).ModalityInStudy);
        Assert.False(result.RemoteMatchesOnModality);
        Assert.All(query.Studies, study => Assert.True(study.ModalitiesInStudyReturned));
    }

    [Fact]
    public async Task An_archive_that_matches_on_modality_is_queried_for_every_code()
    {
        var harness = new FindHarness();
        harness.Archive
            .WithStudies("CT",
                new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["CT"]),
                new StudyMatch(Uids.Test(2), ModalitiesInStudy: ["OT", "CT", "SR"]),
                new StudyMatch(Uids.Test(3), ModalitiesInStudy: ["SR", "CT"]))
            .WithStudies("MG",
                new StudyMatch(Uids.Test(4), ModalitiesInStudy: ["MG", "SR"]),
                new StudyMatch(Uids.Test(5), ModalitiesInStudy: ["MG"]),
                new StudyMatch(Uids.Test(6), ModalitiesInStudy: ["OT", "MG"]),
                new StudyMatch(Uids.Test(7), ModalitiesInStudy: ["PR", "MG"]));
        var query = harness.NewQuery(CtAndMg);

        var result = await StudyLevelSearch.RunAsync(harness.Context(query));

        Assert.Equal(7, query.Studies.Count);
        Assert.Equal(2, result.Requests);
        Assert.Equal(["CT", "MG"], harness.Archive.StudyRequests.Select(request => request.ModalityInStudy));
        Assert.True(result.RemoteMatchesOnModality);
    }

    [Fact]
    public async Task An_archive_that_filters_but_does_not_return_modalities_in_study_is_still_asked_for_every_code_B22()
    {
        var harness = new FindHarness();
        harness.Archive
            .WithStudies("CT", new StudyMatch(Uids.Test(1)))
            .WithStudies("MG", new StudyMatch(Uids.Test(2)));
        var query = harness.NewQuery(CtAndMg);

        var result = await StudyLevelSearch.RunAsync(harness.Context(query));

        Assert.Equal(["CT", "MG"], harness.Archive.StudyRequests.Select(request => request.ModalityInStudy));
        Assert.Equal([Uids.Test(1), Uids.Test(2)], query.Studies.Select(study => study.StudyInstanceUid));
        Assert.True(result.RemoteMatchesOnModality);
    }

    [Fact]
    public async Task Whether_modalities_in_study_was_returned_is_known_per_study_not_from_the_last_row_B21()
    {
        var harness = new FindHarness();
        harness.Archive.WithStudies("CT",
            new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["CT"]),
            new StudyMatch(Uids.Test(2), ModalitiesInStudy: [""]),
            new StudyMatch(Uids.Test(3)));
        var query = harness.NewQuery(Groups.Ct);

        await StudyLevelSearch.RunAsync(harness.Context(query));

        Assert.Equal([true, false, false], query.Studies.Select(study => study.ModalitiesInStudyReturned));
    }

    [Fact]
    public async Task Each_study_request_carries_the_date_keys_and_one_modality_code()
    {
        var harness = new FindHarness();
        var query = harness.NewQuery(Groups.AllFive, dates: StudyDateWindow.SingleDay(new DateOnly(2024, 3, 1), new TimeOnly(8, 0)));

        await StudyLevelSearch.RunAsync(harness.Context(query));

        Assert.Equal(["CT", "MG", "RF", "XA", "DX", "CR", "PX", "NM", "PT"], harness.Archive.StudyRequests.Select(request => request.ModalityInStudy));
        Assert.All(harness.Archive.StudyRequests, request =>
        {
            Assert.Equal("20240301", request.StudyDate);
            Assert.Equal("080000-235959", request.StudyTime);
            Assert.DoesNotContain(request.Keys, key => key.Keyword == FindKeyword.Modality);
        });
    }

    [Fact]
    public async Task A_node_with_the_modality_quirk_gets_an_empty_modality_key_in_every_study_request()
    {
        var harness = new FindHarness { Node = TestNodes.Remote(useModalityTag: true) };
        var query = harness.NewQuery(CtAndMg);

        await StudyLevelSearch.RunAsync(harness.Context(query));

        Assert.Equal(2, harness.Archive.StudyRequests.Count());
        Assert.All(harness.Archive.StudyRequests, request =>
            Assert.Contains(FindKey.Return(FindKeyword.Modality), request.Keys));
    }

    [Fact]
    public async Task A_modalities_in_study_value_holding_several_codes_is_split()
    {
        var harness = new FindHarness();
        harness.Archive.WithStudies("CT", new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["CT,SR", "ct"]));
        var query = harness.NewQuery(Groups.Ct);

        await StudyLevelSearch.RunAsync(harness.Context(query));

        Assert.Equal(["CT", "SR"], Assert.Single(query.Studies).ModalitiesInStudy);
    }
}
