using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Retrieve;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Retrieve;

public sealed class RetrievePlanTests
{
    private readonly FindHarness _harness = new();

    [Fact]
    public void Only_kept_series_of_kept_studies_are_planned_numbered_per_study()
    {
        var query = _harness.NewQuery(Groups.AllFive);
        var first = query.Seed(Uids.Test(1), ["MG"]);
        first.Seed(Uids.Test(11), "MG", instances: 4);
        first.Seed(Uids.Test(12), "MG").Drop(DropReason.NoSeriesLeft);
        first.Seed(Uids.Test(13), "MG");
        query.Seed(Uids.Test(2), ["MG"]).Seed(Uids.Test(21), "MG");
        query.Seed(Uids.Test(3), ["MG"]).Drop(DropReason.SentTwice);
        query.Studies[2].Seed(Uids.Test(31), "MG");

        var plan = RetrievePlan.For(query);

        Assert.Equal(
            [(Uids.Test(11), 1, 2, 1, 2), (Uids.Test(13), 1, 2, 2, 2), (Uids.Test(21), 2, 2, 1, 1)],
            plan.Items.Select(item => (item.SeriesInstanceUid, item.StudyNumber, item.StudyCount, item.SeriesNumber, item.SeriesCount)));
        Assert.Equal(4, plan.Items.First().ExpectedObjects);
    }

    [Fact]
    public void A_series_kept_in_two_responses_of_a_split_study_is_retrieved_once_and_whole_wins_over_images()
    {
        var query = _harness.NewQuery(Groups.AllFive);
        var ct = query.Seed(Uids.Test(1), ["CT", "PT"]);
        ct.Seed(Uids.Test(11), "SC", description: "Dose Info", instances: 1);
        var nm = query.AddCopyOf(ct);
        nm.Series[0].Seed(Uids.Test(111), Uids.SecondaryCapture);
        nm.Series[0].MoveByImage();

        var plan = RetrievePlan.For(query);

        var planned = Assert.Single(plan.Series);
        Assert.Equal(2, planned.Responses.Count);
        Assert.Equal(QueryLevel.Series, Assert.Single(planned.Items).Level);
    }

    [Fact]
    public void Images_wanted_by_two_responses_are_merged_each_once()
    {
        var query = _harness.NewQuery(Groups.AllFive);
        var ct = query.Seed(Uids.Test(1), ["CT", "PT"]);
        var series = ct.Seed(Uids.Test(11), "PT");
        series.Seed(Uids.Test(111), Uids.PetImage);
        series.MoveByImage();
        var nm = query.AddCopyOf(ct);
        nm.Series[0].Seed(Uids.Test(112), Uids.PetImage, 2);

        var plan = RetrievePlan.For(query);

        Assert.Equal([Uids.Test(111), Uids.Test(112)], plan.Items.Select(item => item.SopInstanceUid));
        Assert.All(plan.Items, item => Assert.Equal(QueryLevel.Image, item.Level));
    }

    [Fact]
    public void The_modality_shown_is_the_group_of_the_study()
    {
        var query = _harness.NewQuery(Groups.AllFive);
        var study = query.Seed(Uids.Test(1), ["CR"]);
        study.AssignTo(ModalityGroup.Radiography, study.ModalitiesInStudy);
        study.Seed(Uids.Test(11), "CR");

        Assert.Equal("DX", Assert.Single(RetrievePlan.For(query).Items).Modality);
    }
}
