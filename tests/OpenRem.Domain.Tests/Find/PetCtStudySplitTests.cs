using OpenRem.Domain.Find.Steps;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Find;

/// <summary>Reference §7.5: a PET/CT study is handled once as CT and once as NM; and the same for every mix of groups (B23, B28).</summary>
public sealed class PetCtStudySplitTests
{
    private readonly FindHarness _harness = new();

    [Fact]
    public void A_pet_ct_study_becomes_a_ct_response_and_an_nm_response()
    {
        var query = _harness.NewQuery(Groups.AllFive);
        var study = query.Seed(Uids.Test(1), ["PT", "SR", "CT"]);
        study.Seed(Uids.Test(11), "SR", 1).Seed(Uids.Test(111), Uids.Rdsr);
        study.Seed(Uids.Test(12), "PT", 2);

        var (decisions, copies) = ModalityGroupSplit.Apply(query, Groups.AllFive);
        decisions.Apply();

        Assert.Equal(1, copies);
        Assert.Equal(2, query.Studies.Count);
        var (ct, nm) = (query.Studies[0], query.Studies[1]);
        Assert.DoesNotContain("NM", ct.ModalitiesInStudy);
        Assert.DoesNotContain("PT", ct.ModalitiesInStudy);
        Assert.DoesNotContain("CT", nm.ModalitiesInStudy);
        Assert.Equal((ModalityGroup.Ct, ModalityGroup.NuclearMedicine), (ct.Group!.Value, nm.Group!.Value));
        Assert.Equal(ct.StudyInstanceUid, nm.StudyInstanceUid);
        Assert.Equal("Handled in the NM copy of this study", ct.Series[1].DropReason?.Text);
        Assert.True(nm.Series[1].IsKept);
    }

    [Fact]
    public async Task A_pet_ct_split_works_from_the_series_when_the_archive_does_not_return_modalities_in_study_B23()
    {
        _harness.Archive
            .WithStudies("CT", new StudyMatch(Uids.Test(1)))
            .WithSeries(Uids.Test(1),
                new SeriesMatch(Uids.Test(11), "CT", 1, "Thorax", 200),
                new SeriesMatch(Uids.Test(12), "PT", 2, "PET WB", 300),
                new SeriesMatch(Uids.Test(13), "SR", 3, null, 1))
            .WithImages(Uids.Test(12), new ImageMatch(Uids.Test(121), Uids.PetImage, 1), new ImageMatch(Uids.Test(122), Uids.PetImage, 2))
            .WithImages(Uids.Test(13), new ImageMatch(Uids.Test(131), Uids.Rdsr, 1));
        var query = _harness.NewQuery(ModalitySelection.Of(ModalityGroup.Ct, ModalityGroup.NuclearMedicine));

        await _harness.RunAsync(query);

        Assert.Equal(QueryState.Filtered, query.State);
        var kept = query.KeptStudies.ToList();
        Assert.Equal([ModalityGroup.Ct, ModalityGroup.NuclearMedicine], kept.Select(study => study.Group!.Value));
        Assert.Equal([Uids.Test(13)], kept[0].KeptSeries.Select(series => series.SeriesInstanceUid));
        var pet = Assert.Single(kept[1].KeptSeries);
        Assert.Equal(Uids.Test(12), pet.SeriesInstanceUid);
        Assert.True(pet.MoveImagesIndividually);
        Assert.Equal([Uids.Test(121)], pet.KeptImages.Select(image => image.SopInstanceUid));
    }

    [Fact]
    public async Task A_ct_study_with_cr_images_is_handled_by_both_rules_so_ct_images_are_not_moved_as_radiography_B28()
    {
        _harness.Archive
            .WithStudies("CT", new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["CT", "CR"]))
            .WithSeries(Uids.Test(1),
                new SeriesMatch(Uids.Test(11), "CT", 1, "Abdomen", 300),
                new SeriesMatch(Uids.Test(12), "CR", 2, "Chest", 1),
                new SeriesMatch(Uids.Test(13), "SC", 3, "Dose Info", 1));
        var query = _harness.NewQuery(ModalitySelection.Of(ModalityGroup.Ct, ModalityGroup.Radiography));

        await _harness.RunAsync(query);

        var kept = query.KeptStudies.ToList();
        Assert.Equal([ModalityGroup.Ct, ModalityGroup.Radiography], kept.Select(study => study.Group!.Value));
        Assert.Equal([Uids.Test(13)], kept[0].KeptSeries.Select(series => series.SeriesInstanceUid));
        Assert.DoesNotContain(kept[1].KeptSeries, series => series.Modality == "CT");
        Assert.Contains(kept[1].KeptSeries, series => series.Modality == "CR");
        Assert.Equal(DropCode.HandledInOtherCopy, kept[1].Series[0].DropReason?.Code);
        Assert.Equal(1, query.FindCounts.GroupCopies);
    }
}
