using OpenRem.Dicom.Text;

namespace OpenRem.Dicom.Tests.Text;

/// <summary>Decoding of values built in the test, one character set or situation per case.</summary>
public sealed class DicomEncodingDecodeTests
{
    private static readonly string[] Japanese = ["", "ISO 2022 IR 87"];

    public static TheoryData<string, string, string, string> Values => new()
    {
        // (0008,0005), VR, raw value in hex, expected text
        { "ISO_IR 100", "PN", "4275635E4AE972F46D65", "Buc^Jérôme" },
        { "ISO_IR 192", "PN", "57616E675E5869616F446F6E673DE78E8B5EE5B08FE69DB13D20", "Wang^XiaoDong=王^小東= " },
        { "GB18030", "PN", "57616E675E5869616F446F6E673DCDF55ED0A1B6AB3D", "Wang^XiaoDong=王^小东=" },
        { "GBK", "LO", "D6D0CEC4", "中文" },
        { "\\ISO 2022 IR 87", "PN", "59616D6164615E5461726F753D1B24423B3345441B28425E1B244242404F3A1B28423D1B24422464245E24401B28425E1B2442243F246D24261B2842", "Yamada^Tarou=山田^太郎=やまだ^たろう" },
        { "ISO 2022 IR 13\\ISO 2022 IR 87", "PN", "D4CFC0DE5EC0DBB33D1B24423B3345441B284A5E1B244242404F3A1B284A3D1B24422464245E24401B284A5E1B2442243F246D24261B284A", "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう" },
        { "\\ISO 2022 IR 149", "PN", "486F6E675E47696C646F6E673D1B242943FBF35E1B242943D1CED4D73D1B242943C8AB5E1B242943B1E6B5BF", "Hong^Gildong=洪^吉洞=홍^길동" },
        { "\\ISO 2022 IR 58", "LO", "1B242941D6D0CEC4", "中文" },
        { "ISO_IR 126", "PN", "C4E9EFEDF5F3E9EFF220", "Διονυσιος " },
        { "ISO_IR 144", "PN", "BBEEDA6365DCD17970D3", "Люкceмбypг" },
        { "ISO_IR 127", "LO", "D4", "ش" },
        { "ISO_IR 138", "LO", "E0", "א" },
        { "ISO_IR 101", "LO", "B1", "ą" },
        { "ISO_IR 109", "LO", "A1", "Ħ" },
        { "ISO_IR 110", "LO", "C0", "Ā" },
        { "ISO_IR 148", "LO", "D0", "Ğ" },
        { "ISO_IR 203", "LO", "A4", "€" },
        { "ISO_IR 166", "LO", "A1", "ก" },
        { "ISO_IR 13", "LO", "D4CFC0DE", "ﾔﾏﾀﾞ" },
        { "ISO 2022 IR 203", "LO", "A4", "€" },
        { "ISO 2022 IR 100\\ISO 2022 IR 203", "LO", "A41B2D62A4", "¤€" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Decodes_each_character_set(string specificCharacterSet, string vr, string hex, string expected)
    {
        var terms = DicomEncoding.ParseSpecificCharacterSet(specificCharacterSet);

        string text = DicomEncoding.Decode(Convert.FromHexString(hex), terms, DicomVR.Parse(vr));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ISO_IR 6")]
    [InlineData("ISO 2022 IR 6")]
    public void Default_repertoire_reads_high_bytes_as_latin_1(string? specificCharacterSet)
    {
        var terms = DicomEncoding.ParseSpecificCharacterSet(specificCharacterSet);

        Assert.Equal("Jérôme", DicomEncoding.Decode([0x4A, 0xE9, 0x72, 0xF4, 0x6D, 0x65], terms, DicomVR.PN));
    }

    [Fact]
    public void Values_that_are_not_character_set_text_are_latin_1()
    {
        byte[] utf8 = [0x43, 0xC3, 0xA9];

        Assert.Equal("CÃ©", DicomEncoding.Decode(utf8, ["ISO_IR 192"], DicomVR.CS));
        Assert.Equal("Cé", DicomEncoding.Decode(utf8, ["ISO_IR 192"], DicomVR.LO));
    }

    [Fact]
    public void Empty_value_is_an_empty_string() =>
        Assert.Same(string.Empty, DicomEncoding.Decode([], ["ISO_IR 192"], DicomVR.PN));

    [Theory]
    [InlineData("GBK")]
    [InlineData("GB18030")]
    public void Gbk_trail_byte_0x5C_is_not_a_value_delimiter(string term)
    {
        byte[] twoValues = [0x81, 0x5C, 0x5C, 0x81, 0x5C];

        string text = DicomEncoding.Decode(twoValues, [term], DicomVR.LO);

        Assert.Equal(["乗", "乗"], text.Split('\\'));
    }

    [Fact]
    public void Shift_jis_trail_byte_0x5C_in_iso_ir_13_is_not_a_value_delimiter()
    {
        byte[] twoValues = [0x83, 0x5C, 0x5C, 0x83, 0x5C];

        Assert.Equal(["ソ", "ソ"], DicomEncoding.Decode(twoValues, ["ISO_IR 13"], DicomVR.LO).Split('\\'));
    }

    [Fact]
    public void Jis_x_0208_pairs_may_contain_the_person_name_delimiters()
    {
        // 十 is 0x3D3D ("==") and 五 is 0x385E ("8^") in JIS X 0208.
        byte[] name = [0x1B, 0x24, 0x42, 0x3D, 0x3D, 0x1B, 0x28, 0x42, 0x5E, 0x1B, 0x24, 0x42, 0x38, 0x5E, 0x1B, 0x28, 0x42];

        Assert.Equal("十^五", DicomEncoding.Decode(name, Japanese, DicomVR.PN));
    }

    [Fact]
    public void Jis_x_0208_pairs_may_contain_the_value_delimiter()
    {
        // 俑 is 0x505C in JIS X 0208.
        byte[] twoValues = [0x1B, 0x24, 0x42, 0x50, 0x5C, 0x1B, 0x28, 0x42, 0x5C, 0x41];

        Assert.Equal(["俑", "A"], DicomEncoding.Decode(twoValues, Japanese, DicomVR.LO).Split('\\'));
    }

    [Theory]
    [InlineData("PN", "1B2D46E15EE1", "α^á")]
    [InlineData("PN", "1B2D46E13DE1", "α=á")]
    [InlineData("PN", "1B2D46E15CE1", "α\\á")]
    [InlineData("LO", "1B2D46E15CE1", "α\\á")]
    [InlineData("LO", "1B2D46E10D0AE1", "α\r\ná")]
    [InlineData("LT", "1B2D46E10D0AE1", "α\r\ná")]
    [InlineData("LT", "1B2D46E109E1", "α\tá")]
    [InlineData("LT", "1B2D46E15CE1", "α\\α")]
    [InlineData("LO", "1B2D46E15EE1", "α^α")]
    public void Delimiters_return_to_the_set_of_value_1(string vr, string hex, string expected)
    {
        string[] latinAndGreek = ["ISO 2022 IR 100", "ISO 2022 IR 126"];

        Assert.Equal(expected, DicomEncoding.Decode(Convert.FromHexString(hex), latinAndGreek, DicomVR.Parse(vr)));
    }

    [Fact]
    public void Escape_sequence_of_an_undeclared_set_is_kept_as_text()
    {
        byte[] value = [0x61, 0x1B, 0x2D, 0x46, 0xE1];
        var latin1 = DicomCharacterSet.Resolve(["ISO 2022 IR 100"]);

        string text = DicomEncoding.Decode(value, latin1, DicomVR.LO, out var issues);

        Assert.Equal("a\u001B-Fá", text);
        Assert.Equal(DicomTextDecodingIssues.UnknownEscapeSequence, issues);
    }

    [Fact]
    public void Truncated_escape_sequence_is_kept_as_text() =>
        Assert.Equal("a\u001B$", DicomEncoding.Decode([0x61, 0x1B, 0x24], ["ISO 2022 IR 100"], DicomVR.LO));

    [Fact]
    public void Escape_to_ascii_is_always_understood() =>
        Assert.Equal("é", DicomEncoding.Decode([0x1B, 0x28, 0x42, 0xE9], ["ISO_IR 126"], DicomVR.LO));

    [Fact]
    public void Jis_x_0212_is_not_supported_and_decodes_as_replacement_characters()
    {
        // 丂 is 0x3021 in JIS X 0212; .NET has no mapping for that set.
        byte[] value = [0x41, 0x1B, 0x24, 0x28, 0x44, 0x30, 0x21, 0x1B, 0x28, 0x42, 0x42];
        var characterSet = DicomCharacterSet.Resolve(["", "ISO 2022 IR 159"]);

        string text = DicomEncoding.Decode(value, characterSet, DicomVR.PN, out var issues);

        Assert.Equal("A\uFFFDB", text);
        Assert.Equal(DicomTextDecodingIssues.UnsupportedCharacterSet | DicomTextDecodingIssues.InvalidBytes, issues);
        Assert.False(characterSet.Terms[1].IsDecodingSupported);
    }

    [Theory]
    [InlineData("ISO_IR 192", "41FF42", "A\uFFFDB")]
    [InlineData("ISO_IR 192", "41E282", "A\uFFFD")]
    [InlineData("ISO_IR 127", "41A1", "A\uFFFD")]
    [InlineData("ISO_IR 126", "AE", "\uFFFD")]
    [InlineData("ISO_IR 138", "FF", "\uFFFD")]
    [InlineData("GBK", "4180", "A\uFFFD")]
    [InlineData("\\ISO 2022 IR 149", "1B242943B1", "\uFFFD")]
    [InlineData("\\ISO 2022 IR 87", "1B244224", "\uFFFD")]
    public void Invalid_bytes_become_replacement_characters(string specificCharacterSet, string hex, string expected)
    {
        var characterSet = DicomCharacterSet.Resolve(DicomEncoding.ParseSpecificCharacterSet(specificCharacterSet));

        string text = DicomEncoding.Decode(Convert.FromHexString(hex), characterSet, DicomVR.LO, out var issues);

        Assert.Equal(expected, text);
        Assert.True(issues.HasFlag(DicomTextDecodingIssues.InvalidBytes));
    }

    [Fact]
    public void Clean_value_reports_no_issues()
    {
        DicomEncoding.Decode("Doe^John"u8, DicomCharacterSet.Default, DicomVR.PN, out var issues);

        Assert.Equal(DicomTextDecodingIssues.None, issues);
    }

    [Theory]
    [InlineData("ISO IR 100")]
    [InlineData("ISO-IR 100")]
    [InlineData("ISO_IR 100")]
    [InlineData("ISO-8859-1")]
    public void Misspelled_or_named_latin_1_decodes_as_latin_1(string term) =>
        Assert.Equal("é", DicomEncoding.Decode([0xE9], [term], DicomVR.LO));

    [Theory]
    [InlineData("ISO-IR 192")]
    [InlineData("UTF-8")]
    [InlineData("utf-8")]
    public void Misspelled_or_named_utf_8_decodes_as_utf_8(string term) =>
        Assert.Equal("é", DicomEncoding.Decode([0xC3, 0xA9], [term], DicomVR.LO));

    [Fact]
    public void Unknown_term_decodes_with_the_default_repertoire() =>
        Assert.Equal("Ã©", DicomEncoding.Decode([0xC3, 0xA9], ["ISO_IR 999"], DicomVR.LO));

    [Fact]
    public void Long_values_decode_through_pooled_buffers()
    {
        var value = Enumerable.Repeat(new byte[] { 0x1B, 0x24, 0x42, 0x3B, 0x33, 0x45, 0x44, 0x1B, 0x28, 0x42, 0x5E }, 500).SelectMany(bytes => bytes).ToArray();

        string text = DicomEncoding.Decode(value, Japanese, DicomVR.UT);

        Assert.Equal(string.Concat(Enumerable.Repeat("山田^", 500)), text);
    }
}
