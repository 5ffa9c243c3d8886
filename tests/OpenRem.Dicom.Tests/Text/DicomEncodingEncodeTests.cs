using OpenRem.Dicom.Text;

namespace OpenRem.Dicom.Tests.Text;

/// <summary>Encoding of text, byte for byte where PS3.5's examples fix the bytes, and round trips.</summary>
public sealed class DicomEncodingEncodeTests
{
    public static TheoryData<string, string, string, string> Examples => new()
    {
        // (0008,0005), VR, text, expected bytes in hex
        { "ISO_IR 100", "PN", "Buc^Jérôme", "4275635E4AE972F46D65" },
        { "ISO_IR 192", "PN", "Wang^XiaoDong=王^小東=", "57616E675E5869616F446F6E673DE78E8B5EE5B08FE69DB13D" },
        { "GB18030", "PN", "Wang^XiaoDong=王^小东=", "57616E675E5869616F446F6E673DCDF55ED0A1B6AB3D" },
        { "GBK", "LO", "乗\\乗", "815C5C815C" },
        { "ISO_IR 126", "PN", "Διονυσιος", "C4E9EFEDF5F3E9EFF2" },
        { "ISO_IR 144", "PN", "Люкceмбypг", "BBEEDA6365DCD17970D3" },
        { "ISO_IR 203", "LO", "€", "A4" },
        { "ISO_IR 13", "LO", "ﾔﾏﾀﾞ", "D4CFC0DE" },

        // PS3.5 Annex H and I examples, as in pydicom's chrH31, chrH32 and chrI2.
        { "\\ISO 2022 IR 87", "PN", "Yamada^Tarou=山田^太郎=やまだ^たろう", "59616D6164615E5461726F753D1B24423B3345441B28425E1B244242404F3A1B28423D1B24422464245E24401B28425E1B2442243F246D24261B2842" },
        { "ISO 2022 IR 13\\ISO 2022 IR 87", "PN", "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう", "D4CFC0DE5EC0DBB33D1B24423B3345441B284A5E1B244242404F3A1B284A3D1B24422464245E24401B284A5E1B2442243F246D24261B284A" },
        { "\\ISO 2022 IR 149", "PN", "Hong^Gildong=洪^吉洞=홍^길동", "486F6E675E47696C646F6E673D1B242943FBF35E1B242943D1CED4D73D1B242943C8AB5E1B242943B1E6B5BF" },

        // Code extensions in other text: G0 returns to ASCII before delimiters and at the end.
        { "\\ISO 2022 IR 87", "LO", "山田\\Yamada", "1B24423B3345441B28425C59616D616461" },
        { "\\ISO 2022 IR 87", "LT", "山\r\n田", "1B24423B331B28420D0A1B244245441B2842" },
        { "\\ISO 2022 IR 58", "LO", "中文 GB", "1B242941D6D0CEC4204742" },
        { "ISO 2022 IR 100\\ISO 2022 IR 126", "LO", "é α", "E9201B2D46E1" },
        { "ISO 2022 IR 100\\ISO 2022 IR 126", "PN", "α^é", "1B2D46E15EE9" },
        { "ISO 2022 IR 6\\ISO 2022 IR 13", "LO", "Aｱ", "411B2949B1" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Encodes_like_the_standard_examples(string specificCharacterSet, string vr, string text, string expectedHex)
    {
        var terms = DicomEncoding.ParseSpecificCharacterSet(specificCharacterSet);

        byte[] bytes = DicomEncoding.Encode(text, terms, DicomVR.Parse(vr));

        Assert.Equal(expectedHex, Convert.ToHexString(bytes));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Decoding_the_encoded_text_gives_it_back(string specificCharacterSet, string vr, string text, string expectedHex)
    {
        _ = expectedHex;
        var characterSet = DicomCharacterSet.Resolve(DicomEncoding.ParseSpecificCharacterSet(specificCharacterSet));
        var valueRepresentation = DicomVR.Parse(vr);

        Assert.Equal(text, DicomEncoding.Decode(DicomEncoding.Encode(text, characterSet, valueRepresentation), characterSet, valueRepresentation));
    }

    [Theory]
    [InlineData("ISO_IR 100", "王", "3F")]
    [InlineData("ISO_IR 100", "😀é", "3FE9")]
    [InlineData("ISO_IR 6", "王", "3F")]
    [InlineData("\\ISO 2022 IR 87", "王€", "1B244232261B28423F")]
    [InlineData("\\ISO 2022 IR 149", "王€😀", "1B242943E8DDA2E63F")]
    [InlineData("GBK", "😀王", "3FCDF5")]
    [InlineData("ISO_IR 126", "😀α", "3FE1")]
    public void Characters_no_declared_set_can_take_become_question_marks(string specificCharacterSet, string text, string expectedHex) =>
        Assert.Equal(expectedHex, Convert.ToHexString(DicomEncoding.Encode(text, DicomEncoding.ParseSpecificCharacterSet(specificCharacterSet), DicomVR.LO)));

    [Theory]
    [InlineData("ISO_IR 100")]
    [InlineData("ISO_IR 101")]
    [InlineData("ISO_IR 109")]
    [InlineData("ISO_IR 110")]
    [InlineData("ISO_IR 126")]
    [InlineData("ISO_IR 127")]
    [InlineData("ISO_IR 138")]
    [InlineData("ISO_IR 144")]
    [InlineData("ISO_IR 148")]
    [InlineData("ISO_IR 166")]
    [InlineData("ISO_IR 203")]
    [InlineData("ISO_IR 13")]
    public void Every_defined_byte_of_a_single_byte_set_round_trips(string term)
    {
        var characterSet = DicomCharacterSet.Resolve([term]);
        for (int code = 0x20; code < 0x100; code++)
        {
            if (code is 0x5C or 0x7F)
            {
                continue;
            }

            string text = DicomEncoding.Decode([(byte)code], characterSet, DicomVR.LO);
            if (text == "\uFFFD")
            {
                continue;
            }

            Assert.Equal([(byte)code], DicomEncoding.Encode(text, characterSet, DicomVR.LO));
        }
    }

    [Theory]
    [InlineData("\\ISO 2022 IR 87", 0x21)]
    [InlineData("\\ISO 2022 IR 149", 0xA1)]
    [InlineData("\\ISO 2022 IR 58", 0xA1)]
    public void Every_character_of_a_two_byte_set_round_trips(string specificCharacterSet, int first)
    {
        var characterSet = DicomCharacterSet.Resolve(DicomEncoding.ParseSpecificCharacterSet(specificCharacterSet));
        var escape = characterSet.Terms[1].EscapeSequences[0].Split(' ').Skip(1).Select(part => (byte)part[0]).Prepend((byte)0x1B).ToArray();
        int roundTrips = 0;
        for (int row = first; row < first + 94; row++)
        {
            for (int cell = first; cell < first + 94; cell++)
            {
                string text = DicomEncoding.Decode([.. escape, (byte)row, (byte)cell], characterSet, DicomVR.SH);
                if (text.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    continue;
                }

                Assert.Equal(text, DicomEncoding.Decode(DicomEncoding.Encode(text, characterSet, DicomVR.SH), characterSet, DicomVR.SH));
                roundTrips++;
            }
        }

        Assert.True(roundTrips > 6800, $"only {roundTrips} characters round-tripped");
    }

    [Fact]
    public void Values_that_are_not_character_set_text_are_written_as_latin_1() =>
        Assert.Equal([0x43, 0xE9, 0x3F], DicomEncoding.Encode("Cé王", ["ISO_IR 192"], DicomVR.CS));

    [Fact]
    public void Unpaired_surrogate_becomes_a_question_mark()
    {
        string text = "a" + (char)0xD800 + "b";

        Assert.Equal("613F62", Convert.ToHexString(DicomEncoding.Encode(text, ["ISO_IR 192"], DicomVR.LO)));
        Assert.Equal("613F62", Convert.ToHexString(DicomEncoding.Encode(text, ["ISO_IR 100"], DicomVR.LO)));
        Assert.Equal("613F62", Convert.ToHexString(DicomEncoding.Encode(text, ["", "ISO 2022 IR 87"], DicomVR.LO)));
    }

    [Fact]
    public void Empty_text_gives_no_bytes() =>
        Assert.Empty(DicomEncoding.Encode(string.Empty, ["\\ISO 2022 IR 87"], DicomVR.PN));

    [Fact]
    public void Escape_character_in_text_is_not_written_raw() =>
        Assert.Equal("a?", System.Text.Encoding.ASCII.GetString(DicomEncoding.Encode("a\u001B", ["", "ISO 2022 IR 87"], DicomVR.LO)));

    [Fact]
    public void Jis_x_0212_characters_cannot_be_encoded() =>
        Assert.Equal("3F", Convert.ToHexString(DicomEncoding.Encode("丂", ["", "ISO 2022 IR 159"], DicomVR.LO)));
}
