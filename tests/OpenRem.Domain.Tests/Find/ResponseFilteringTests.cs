using CsCheck;
using OpenRem.Domain.Find.Rules;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Find;

/// <summary>Reference §7.3: include and exclude filters at study level, with properties of the filter semantics (§3.8).</summary>
public sealed class ResponseFilteringTests
{
    private readonly FindHarness _harness = new();

    [Fact]
    public void Including_a_station_name_keeps_matching_studies_and_those_without_a_station_name()
    {
        var query = FiveStudies();

        StationNameFilter.DecideForStudies(query.Studies, FilterTerms.Parse("goodstation"), FilterKind.Include).Apply();

        Assert.Equal(4, query.KeptStudies.Count());
        Assert.All(query.KeptStudies.Where(study => study.StationName is not null), study => Assert.Contains("goodstation", study.StationName, StringComparison.Ordinal));
        Assert.Equal("Filter station_name include active and matched here", query.Studies[0].DropReason?.Text);
    }

    [Fact]
    public void Excluding_a_station_name_drops_only_matching_studies()
    {
        var query = FiveStudies();

        StationNameFilter.DecideForStudies(query.Studies, FilterTerms.Parse("badstation"), FilterKind.Exclude).Apply();

        Assert.Equal(4, query.KeptStudies.Count());
        Assert.DoesNotContain(query.KeptStudies, study => study.StationName?.Contains("badstation", StringComparison.Ordinal) == true);
        Assert.Equal("Filter station_name exclude active and matched here", query.Studies[0].DropReason?.Text);
    }

    [Fact]
    public void Excluding_descriptions_drops_every_study_whose_description_holds_any_term_ignoring_case()
    {
        var query = FiveStudies();

        StudyDescriptionFilter.Decide(query.Studies, FilterTerms.Of(["import", "test response 3"]), FilterKind.Exclude).Apply();

        Assert.Equal(3, query.KeptStudies.Count());
        Assert.Equal("goodstation", query.KeptStudies.First().StationName);
        Assert.Equal("Filter study_description exclude active and matched here", query.Studies[2].DropReason?.Text);
    }

    [Fact]
    public void Including_a_description_keeps_matching_studies_and_those_without_a_description()
    {
        var query = FiveStudies();

        StudyDescriptionFilter.Decide(query.Studies, FilterTerms.Parse("test"), FilterKind.Include).Apply();

        Assert.Equal([Uids.Test(2), Uids.Test(3), Uids.Test(4), Uids.Test(5)], query.KeptStudies.Select(study => study.StudyInstanceUid));
    }

    [Fact]
    public void A_trailing_comma_does_not_make_an_exclude_filter_drop_everything_B16()
    {
        var query = FiveStudies();

        StudyDescriptionFilter.Decide(query.Studies, FilterTerms.Parse("imported,"), FilterKind.Exclude).Apply();

        Assert.Equal(4, query.KeptStudies.Count());
    }

    [Fact]
    public void Include_drops_exactly_the_texts_that_hold_no_term_and_exclude_exactly_those_that_hold_one()
    {
        var texts = Gen.String[Gen.Char["abcAB "], 0, 8].Null();
        var terms = Gen.String[Gen.Char["abAB"], 0, 3].Array[0, 3];

        Gen.Select(texts, terms).Sample((text, termList) =>
        {
            var filter = FilterTerms.Of(termList);
            var holdsTerm = text is not null && filter.Terms.Any(term => text.Contains(term, StringComparison.OrdinalIgnoreCase));
            var blank = string.IsNullOrEmpty(text) || !filter.IsActive;

            Assert.Equal(!blank && !holdsTerm, IncludeExcludeFilter.Drops(text, filter, FilterKind.Include));
            Assert.Equal(!blank && holdsTerm, IncludeExcludeFilter.Drops(text, filter, FilterKind.Exclude));
        });
    }

    [Fact]
    public void Include_and_exclude_with_the_same_terms_never_both_keep_a_text_that_has_a_value()
    {
        var texts = Gen.String[Gen.Char["abc "], 1, 8];
        var terms = Gen.String[Gen.Char["abc"], 1, 3].Array[1, 3];

        Gen.Select(texts, terms).Sample((text, termList) =>
        {
            var filter = FilterTerms.Of(termList);

            Assert.NotEqual(
                IncludeExcludeFilter.Drops(text, filter, FilterKind.Include),
                IncludeExcludeFilter.Drops(text, filter, FilterKind.Exclude));
        });
    }

    [Fact]
    public void Filtering_never_drops_a_study_whose_field_is_empty_and_never_keeps_a_dropped_one()
    {
        var studies = Gen.Select(Gen.String[Gen.Char["xyz"], 0, 4].Null(), Gen.Bool).Array[0, 8];
        var terms = Gen.String[Gen.Char["xyz"], 0, 2].Array[0, 3];

        Gen.Select(studies, terms, Gen.Bool).Sample((rows, termList, include) =>
        {
            var query = _harness.NewQuery(Groups.Ct);
            for (var i = 0; i < rows.Length; i++)
            {
                var study = query.Seed(Uids.Test(i), description: rows[i].Item1);
                if (rows[i].Item2)
                {
                    study.Drop(DropReason.SentTwice);
                }
            }

            var kind = include ? FilterKind.Include : FilterKind.Exclude;
            StudyDescriptionFilter.Decide(query.Studies, FilterTerms.Of(termList), kind).Apply();

            for (var i = 0; i < rows.Length; i++)
            {
                if (string.IsNullOrEmpty(rows[i].Item1) && !rows[i].Item2)
                {
                    Assert.True(query.Studies[i].IsKept);
                }

                if (rows[i].Item2)
                {
                    Assert.Equal(DropCode.SentTwice, query.Studies[i].DropReason?.Code);
                }
            }
        });
    }

    private Query FiveStudies()
    {
        var query = _harness.NewQuery(Groups.Ct);
        query.Seed(Uids.Test(1), description: "Imported  CT studies", stationName: "badstation");
        query.Seed(Uids.Test(2), description: "Test Response 2", stationName: "goodstation");
        query.Seed(Uids.Test(3), description: "test response 3", stationName: "goodstation2");
        query.Seed(Uids.Test(4));
        query.Seed(Uids.Test(5), description: "");
        return query;
    }
}
