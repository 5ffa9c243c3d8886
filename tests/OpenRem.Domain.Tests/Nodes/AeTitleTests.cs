using CsCheck;
using OpenRem.Domain.Nodes;

namespace OpenRem.Domain.Tests.Nodes;

public sealed class AeTitleTests
{
    [Theory]
    [InlineData("ORTHANC", "ORTHANC")]
    [InlineData("A", "A")]
    [InlineData("OPENREM_STORE", "OPENREM_STORE")]
    [InlineData("0123456789ABCDEF", "0123456789ABCDEF")]
    [InlineData("  QRSCP  ", "QRSCP")]
    [InlineData("MY AE", "MY AE")]
    [InlineData("lower-case.ok!", "lower-case.ok!")]
    public void Valid_titles_parse_without_their_insignificant_spaces(string text, string expected)
    {
        var aeTitle = AeTitle.Parse(text);

        Assert.Equal(expected, aeTitle.Value);
        Assert.Equal(expected, aeTitle.ToString());
    }

    [Fact]
    public void Sixteen_characters_with_padding_spaces_are_still_valid()
    {
        Assert.True(AeTitle.TryParse(" 0123456789ABCDEF ", out var aeTitle));
        Assert.Equal("0123456789ABCDEF", aeTitle.Value);
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData(" ", "spaces only")]
    [InlineData("                ", "spaces only")]
    [InlineData("0123456789ABCDEFG", "at most 16 characters")]
    [InlineData("AE\\TITLE", "backslash")]
    [InlineData("AE\tTITLE", "U+0009")]
    [InlineData("AE\nTITLE", "U+000A")]
    [InlineData("\u001bAE", "U+001B")]
    [InlineData("AE\u007f", "U+007F")]
    [InlineData("KRI\u017d", "U+017D")]
    [InlineData("CAF\u00c9", "U+00C9")]
    public void Invalid_titles_are_refused_with_the_reason(string? text, string reason)
    {
        Assert.False(AeTitle.TryParse(text, out var aeTitle, out var error));
        Assert.Null(aeTitle);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Equal(error, AeTitle.Validate(text));

        var exception = Assert.Throws<FormatException>(() => AeTitle.Parse(text));
        Assert.Equal(error, exception.Message);
    }

    [Fact]
    public void Titles_equal_after_trimming_are_equal_and_case_matters()
    {
        Assert.Equal(AeTitle.Parse("ORTHANC"), AeTitle.Parse(" ORTHANC "));
        Assert.Equal(AeTitle.Parse("ORTHANC").GetHashCode(), AeTitle.Parse("ORTHANC  ").GetHashCode());
        Assert.NotEqual(AeTitle.Parse("ORTHANC"), AeTitle.Parse("orthanc"));
    }

    [Fact]
    public void Any_printable_ascii_text_without_backslash_that_is_not_only_spaces_is_a_title()
    {
        var printableWithoutBackslash = Gen.Char[' ', '~'].Where(c => c != '\\');
        var titles = printableWithoutBackslash.Array[1, AeTitle.MaxLength]
            .Select(chars => new string(chars))
            .Where(text => text.Trim(' ').Length > 0);

        titles.Sample(text =>
        {
            var aeTitle = AeTitle.Parse(text);
            Assert.Equal(text.Trim(' '), aeTitle.Value);
            Assert.Equal(aeTitle, AeTitle.Parse(aeTitle.Value.PadRight(AeTitle.MaxLength)));
        });
    }

    [Fact]
    public void Any_text_with_a_character_outside_printable_ascii_is_refused()
    {
        var outside = Gen.OneOf<char>(Gen.Char['\0', '\u001f'], Gen.Char['\u007f', '\uffff']);
        var texts = Gen.Select(Gen.Char['A', 'Z'].Array[0, 7], outside, Gen.Char['A', 'Z'].Array[0, 8])
            .Select((before, bad, after) => new string(before) + bad + new string(after));

        texts.Sample(text => Assert.False(AeTitle.TryParse(text, out _)));
    }
}
