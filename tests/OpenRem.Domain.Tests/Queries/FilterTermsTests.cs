using CsCheck;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Tests.Queries;

public sealed class FilterTermsTests
{
    [Fact]
    public void Comma_separated_terms_are_trimmed_and_lower_cased()
    {
        Assert.Equal(["thorax", "neck"], FilterTerms.Parse("Thorax, Neck ").Terms);
    }

    [Theory]
    [InlineData("imported,")]
    [InlineData("imported, ,")]
    [InlineData(",imported")]
    public void Empty_terms_are_left_out_so_they_cannot_match_everything_B16(string text)
    {
        var terms = FilterTerms.Parse(text);

        Assert.Equal(["imported"], terms.Terms);
        Assert.False(terms.AnyOccursIn("Chest"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ")]
    public void Blank_text_gives_an_inactive_filter(string? text)
    {
        Assert.False(FilterTerms.Parse(text).IsActive);
        Assert.Equal(FilterTerms.None, FilterTerms.Parse(text));
    }

    [Fact]
    public void Matching_is_a_case_insensitive_substring_search()
    {
        var terms = FilterTerms.Parse("head");

        Assert.True(terms.AnyOccursIn("CT HEAD W/O"));
        Assert.True(terms.AnyOccursIn("Forehead"));
        Assert.False(terms.AnyOccursIn("Thorax"));
    }

    [Fact]
    public void Any_parsed_term_is_non_empty_trimmed_lower_case_and_found_in_the_text_it_came_from()
    {
        var words = Gen.String[Gen.Char.AlphaNumeric, 0, 8];
        var pieces = Gen.Select(Gen.Const(' ').Array[0, 2].Select(c => new string(c)), words, Gen.Const(' ').Array[0, 2].Select(c => new string(c))).Select((a, w, b) => a + w + b).Array[0, 6];

        pieces.Sample(parts =>
        {
            var text = string.Join(",", parts);
            var terms = FilterTerms.Parse(text);

            Assert.All(terms.Terms, term =>
            {
                Assert.NotEmpty(term);
                Assert.Equal(term.Trim(), term);
                Assert.Equal(term.ToLowerInvariant(), term);
                Assert.Contains(term, text, StringComparison.OrdinalIgnoreCase);
            });
            Assert.Equal(parts.Any(part => part.Trim().Length > 0), terms.IsActive);
        });
    }
}
