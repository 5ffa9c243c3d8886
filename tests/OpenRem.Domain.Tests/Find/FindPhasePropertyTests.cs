using CsCheck;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Find;

/// <summary>What must hold after the find phase whatever the archive holds, the groups asked for and the options.</summary>
public sealed class FindPhasePropertyTests
{
    private static readonly string[] Modalities = ["CT", "MG", "DX", "CR", "RF", "XA", "NM", "PT", "SR", "SC", "OT", "US"];
    private static readonly string?[] SopClasses = [Uids.Rdsr, Uids.Esr, Uids.BasicTextSr, Uids.Rrdsr, Uids.PetImage, Uids.NmImage, Uids.SecondaryCapture, Uids.CtImage, null];
    private static readonly string?[] Descriptions = [null, "dose info", "Abdomen", "  "];

    private static readonly Gen<(int Number, string? SopClass)[]> Images =
        Gen.Select(Gen.Int[0, 3], Gen.OneOf(SopClasses)).Array[0, 3];

    private static readonly Gen<(string Modality, int? Instances, string? Description, (int Number, string? SopClass)[] Images)> Series =
        Gen.Select(Gen.OneOf(Modalities), Gen.Int[1, 400].Nullable(), Gen.OneOf(Descriptions), Images);

    private static readonly Gen<(bool Returned, (string Modality, int? Instances, string? Description, (int Number, string? SopClass)[] Images)[] Series)[]> Studies =
        Gen.Select(Gen.Bool, Series.Array[0, 4]).Array[1, 4];

    [Fact]
    public async Task Whatever_the_archive_holds_the_phase_ends_filtered_with_consistent_decisions_and_a_plan_without_repeats()
    {
        var scenarios = Gen.Select(Studies, Gen.Int[0, 63], Gen.Bool, Gen.Int[0, 7], Gen.Bool);

        await scenarios.SampleAsync(
            async (studies, groupMask, ignoresKey, optionBits, importSome) =>
            {
                var harness = new FindHarness();
                var selection = Selection(groupMask);
                var options = new QueryOptions { RemoveDuplicates = (optionBits & 1) != 0, GetToshibaImages = (optionBits & 2) != 0, GetEmptySrSeries = (optionBits & 4) != 0 };
                Script(harness, studies, ignoresKey, importSome);
                var query = harness.NewQuery(selection, options);

                var state = await harness.RunAsync(query);

                Assert.Equal(QueryState.Filtered, state);
                AssertConsistent(query, selection);
                AssertPlanHasNoRepeats(RetrievePlan.For(query));
            },
            iter: 300);
    }

    [Fact]
    public async Task Whatever_the_archive_holds_four_parallel_associations_reach_what_one_reaches_and_report_it_alike()
    {
        var scenarios = Gen.Select(Studies, Gen.Int[0, 63], Gen.Bool, Gen.Int[0, 7], Gen.Bool);

        await scenarios.SampleAsync(
            async (studies, groupMask, ignoresKey, optionBits, importSome) =>
            {
                var options = new QueryOptions { RemoveDuplicates = (optionBits & 1) != 0, GetToshibaImages = (optionBits & 2) != 0, GetEmptySrSeries = (optionBits & 4) != 0 };
                var outcomes = new List<string>();
                foreach (var associations in new[] { 1, 4 })
                {
                    var harness = new FindHarness { Node = TestNodes.Remote(parallelAssociations: associations) };
                    Script(harness, studies, ignoresKey, importSome);
                    var query = harness.NewQuery(Selection(groupMask), options);

                    Assert.Equal(QueryState.Filtered, await harness.RunAsync(query));
                    Assert.Equal(harness.Archive.Connections.Count, harness.Archive.Disposals);
                    outcomes.Add(FindOutcome.Describe(query, harness.Progress));
                }

                Assert.Equal(outcomes[0], outcomes[1]);
            },
            iter: 200);
    }

    private static ModalitySelection Selection(int mask) =>
        (mask & 31) == 0 || mask >= 32
            ? ModalitySelection.SrOnly
            : ModalitySelection.Of(Enumerable.Range(0, 5).Where(bit => (mask & (1 << bit)) != 0).Select(bit => (ModalityGroup)bit));

    private static void Script(
        FindHarness harness,
        (bool Returned, (string Modality, int? Instances, string? Description, (int Number, string? SopClass)[] Images)[] Series)[] studies,
        bool ignoresKey,
        bool importSome)
    {
        var matches = new List<(StudyMatch Match, string[] Modalities)>();
        for (var s = 0; s < studies.Length; s++)
        {
            var studyUid = Uids.Test(s + 1);
            var modalities = studies[s].Series.Select(series => series.Modality).Distinct().ToArray();
            matches.Add((new StudyMatch(studyUid, ModalitiesInStudy: studies[s].Returned ? modalities : null), modalities));
            var series = studies[s].Series.Select((spec, index) => new SeriesMatch($"{studyUid}.{index + 1}", spec.Modality, index + 1, spec.Description, spec.Instances)).ToArray();
            harness.Archive.WithSeries(studyUid, series);
            for (var i = 0; i < series.Length; i++)
            {
                var images = studies[s].Series[i].Images
                    .Select((image, index) => new ImageMatch($"{series[i].SeriesInstanceUid}.{index + 1}", image.SopClass, image.Number))
                    .ToArray();
                harness.Archive.WithImages(series[i].SeriesInstanceUid, images);
                if (importSome && images.Length > 0)
                {
                    harness.Imported.Import(studyUid, images[0].SopInstanceUid);
                }
            }
        }

        harness.Archive.WithEveryStudyQueryAnswered(request =>
            matches.Where(match => ignoresKey || match.Modalities.Contains(request.ModalityInStudy)).Select(match => match.Match).ToList());
    }

    private static void AssertConsistent(Query query, ModalitySelection selection)
    {
        foreach (var study in query.Studies)
        {
            Assert.True(study.IsKept || study.DropReason!.Text.Length > 0);
            if (study.IsKept)
            {
                Assert.NotNull(study.Group);
                Assert.Contains(study.Group!.Value, selection.Groups);
                Assert.NotEmpty(study.KeptSeries);
                Assert.Equal(study.Group == ModalityGroup.Ct, study.CtDoseSource is not null);
            }

            foreach (var series in study.Series)
            {
                Assert.False(!study.IsKept && series.IsKept, "A dropped study keeps a series.");
                Assert.All(series.Images, image => Assert.False(!series.IsKept && image.IsKept, "A dropped series keeps an image."));
                if (series.IsKept && series.MoveImagesIndividually)
                {
                    Assert.NotEmpty(series.KeptImages);
                }

                if (series.IsKept && selection.IsSrOnly)
                {
                    Assert.Equal("SR", series.Modality);
                }
            }
        }

        Assert.Equal(query.KeptStudies.Count(), query.FindCounts.StudiesKept);
        Assert.Equal(query.KeptStudies.Sum(study => study.KeptSeries.Count()), query.FindCounts.SeriesKept);
    }

    private static void AssertPlanHasNoRepeats(RetrievePlan plan)
    {
        var requests = plan.Items.Select(item => (item.StudyInstanceUid, item.SeriesInstanceUid, item.SopInstanceUid)).ToList();
        Assert.Equal(requests.Count, requests.Distinct().Count());
        Assert.All(plan.Series, series => Assert.All(series.Responses, response => Assert.True(response.IsKept)));
        Assert.All(plan.Items.Where(item => item.Level == QueryLevel.Image), item => Assert.NotNull(item.SopInstanceUid));
    }
}
