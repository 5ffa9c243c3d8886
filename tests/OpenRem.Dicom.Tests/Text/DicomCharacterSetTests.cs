using OpenRem.Dicom.Text;

namespace OpenRem.Dicom.Tests.Text;

/// <summary>Reading (0008,0005): splitting, known terms, corrections and terms that cannot be combined.</summary>
public sealed class DicomCharacterSetTests
{
    private static readonly string[] DefinedTermList =
    [
        "ISO_IR 6", "ISO_IR 100", "ISO_IR 101", "ISO_IR 109", "ISO_IR 110", "ISO_IR 144", "ISO_IR 127",
        "ISO_IR 126", "ISO_IR 138", "ISO_IR 148", "ISO_IR 203", "ISO_IR 13", "ISO_IR 166",
        "ISO 2022 IR 6", "ISO 2022 IR 100", "ISO 2022 IR 101", "ISO 2022 IR 109", "ISO 2022 IR 110",
        "ISO 2022 IR 144", "ISO 2022 IR 127", "ISO 2022 IR 126", "ISO 2022 IR 138", "ISO 2022 IR 148",
        "ISO 2022 IR 203", "ISO 2022 IR 13", "ISO 2022 IR 166", "ISO 2022 IR 87", "ISO 2022 IR 159",
        "ISO 2022 IR 149", "ISO 2022 IR 58", "ISO_IR 192", "GB18030", "GBK",
    ];

    public static TheoryData<string> AllDefinedTerms => new(DefinedTermList);

    [Theory]
    [MemberData(nameof(AllDefinedTerms))]
    public void Every_defined_term_is_known(string term)
    {
        Assert.True(DicomEncoding.IsKnown(term));
        Assert.True(DicomEncoding.TryGetTerm(term, out var definition));
        Assert.Equal(term, definition.Term);
        Assert.Empty(DicomCharacterSet.Resolve([term]).Warnings);
    }

    [Fact]
    public void Defined_terms_are_listed_once_each()
    {
        var listed = DicomEncoding.DefinedTerms.Select(term => term.Term).ToList();

        Assert.Equal(DefinedTermList.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ISO IR 100")]
    [InlineData("ISO_IR100")]
    [InlineData("ISO 2022 GBK")]
    [InlineData("UTF-8")]
    [InlineData("iso_ir 100")]
    [InlineData(null)]
    public void Other_spellings_are_not_defined_terms(string? term) => Assert.False(DicomEncoding.IsKnown(term));

    [Fact]
    public void Escape_sequences_and_properties_describe_each_term()
    {
        Assert.True(DicomEncoding.TryGetTerm("ISO 2022 IR 87", out var kanji));
        Assert.Equal(["ESC $ B"], kanji.EscapeSequences);
        Assert.True(kanji.UsesCodeExtensions);
        Assert.True(DicomEncoding.TryGetTerm("ISO 2022 IR 13", out var katakana));
        Assert.Equal(["ESC ) I", "ESC ( J"], katakana.EscapeSequences);
        Assert.True(DicomEncoding.TryGetTerm("ISO 2022 IR 159", out var supplementary));
        Assert.False(supplementary.IsDecodingSupported);
        Assert.True(DicomEncoding.TryGetTerm("ISO_IR 192", out var utf8));
        Assert.True(utf8.IsStandAlone);
        Assert.Empty(utf8.EscapeSequences);
    }

    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("", new string[0])]
    [InlineData("  ", new string[0])]
    [InlineData("ISO_IR 100 ", new[] { "ISO_IR 100" })]
    [InlineData("ISO_IR 192\0", new[] { "ISO_IR 192" })]
    [InlineData("\\ISO 2022 IR 87", new[] { "", "ISO 2022 IR 87" })]
    [InlineData("ISO 2022 IR 13\\ISO 2022 IR 87 ", new[] { "ISO 2022 IR 13", "ISO 2022 IR 87" })]
    [InlineData(" ISO 2022 IR 6 \\ ISO 2022 IR 149", new[] { "ISO 2022 IR 6", "ISO 2022 IR 149" })]
    public void Parses_the_raw_value(string? raw, string[] expected) =>
        Assert.Equal(expected, DicomEncoding.ParseSpecificCharacterSet(raw));

    [Fact]
    public void No_values_resolve_to_the_default_repertoire()
    {
        Assert.Same(DicomCharacterSet.Default, DicomCharacterSet.Resolve(null));
        Assert.Same(DicomCharacterSet.Default, DicomCharacterSet.Resolve([]));
        Assert.False(DicomCharacterSet.Default.UsesCodeExtensions);
        Assert.Equal("ISO_IR 6", DicomCharacterSet.Resolve([""]).Terms.Single().Term);
    }

    [Fact]
    public void Empty_value_1_is_the_default_repertoire_with_code_extensions()
    {
        var characterSet = DicomCharacterSet.Resolve(["", "ISO 2022 IR 87"]);

        Assert.Equal(["ISO_IR 6", "ISO 2022 IR 87"], characterSet.Terms.Select(term => term.Term));
        Assert.True(characterSet.UsesCodeExtensions);
        Assert.Empty(characterSet.Warnings);
    }

    [Fact]
    public void Resolution_is_cached() =>
        Assert.Same(DicomCharacterSet.Resolve(["ISO 2022 IR 13", "ISO 2022 IR 87"]), DicomCharacterSet.Resolve(["ISO 2022 IR 13", "ISO 2022 IR 87"]));

    [Fact]
    public void Unsplit_raw_value_is_not_taken_for_its_values()
    {
        var split = DicomCharacterSet.Resolve(["", "ISO 2022 IR 87"]);
        var unsplit = DicomCharacterSet.Resolve(["\\ISO 2022 IR 87"]);

        Assert.NotSame(split, unsplit);
        Assert.Single(unsplit.Terms);
        Assert.NotEmpty(unsplit.Warnings);
    }

    [Theory]
    [InlineData("ISO IR 100", "ISO_IR 100")]
    [InlineData("ISO-IR 100", "ISO_IR 100")]
    [InlineData("ISO IR 192", "ISO_IR 192")]
    [InlineData("ISO_2022_IR_87", "ISO 2022 IR 87")]
    [InlineData("ISO-2022-IR 149", "ISO 2022 IR 149")]
    public void Misspelled_terms_are_corrected_with_a_warning(string misspelled, string corrected)
    {
        var characterSet = DicomCharacterSet.Resolve([misspelled]);

        Assert.Equal(corrected, characterSet.Terms.Single().Term);
        Assert.Contains(characterSet.Warnings, warning => warning.Contains(misspelled, StringComparison.Ordinal) && warning.Contains(corrected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ISO IR 999")]
    [InlineData("ISO 2022 IR 999")]
    [InlineData("KLINGON")]
    public void Unknown_terms_fall_back_to_the_default_repertoire_with_a_warning(string term)
    {
        var characterSet = DicomCharacterSet.Resolve([term]);

        Assert.Equal("ISO_IR 6", characterSet.Terms.Single().Term);
        Assert.Single(characterSet.Warnings);
    }

    [Fact]
    public void Encoding_names_known_to_dotnet_are_used_with_a_warning()
    {
        var characterSet = DicomCharacterSet.Resolve(["windows-1252"]);

        Assert.Single(characterSet.Warnings);
        Assert.Equal("€", DicomEncoding.Decode([0x80], characterSet, DicomVR.LO));
    }

    [Fact]
    public void Accepted_variants_resolve_silently()
    {
        Assert.Empty(DicomCharacterSet.Resolve(["ISO 2022 GBK"]).Warnings);
        Assert.Equal("中文", DicomEncoding.Decode([0xD6, 0xD0, 0xCE, 0xC4], ["ISO 2022 GBK"], DicomVR.LO));
    }

    [Fact]
    public void Stand_alone_value_1_ignores_the_other_values()
    {
        var characterSet = DicomCharacterSet.Resolve(["ISO_IR 192", "ISO 2022 IR 87"]);

        Assert.Equal(["ISO_IR 192"], characterSet.Terms.Select(term => term.Term));
        Assert.Single(characterSet.Warnings);
    }

    [Fact]
    public void Stand_alone_later_value_is_dropped()
    {
        var characterSet = DicomCharacterSet.Resolve(["ISO 2022 IR 6", "ISO_IR 192", "ISO 2022 IR 87"]);

        Assert.Equal(["ISO 2022 IR 6", "ISO 2022 IR 87"], characterSet.Terms.Select(term => term.Term));
        Assert.Single(characterSet.Warnings);
    }

    [Fact]
    public void Values_are_kept_as_given()
    {
        string[] values = ["ISO IR 100"];

        Assert.Equal(values, DicomCharacterSet.Resolve(values).Values);
    }
}
