using OpenRem.Dicom.Text;

namespace OpenRem.Dicom.Tests.Text;

/// <summary>
/// Every character of every supported set decodes as pydicom decodes it: each single byte under
/// each single-byte term, and each two-byte character of JIS X 0208, KS X 1001, GB 2312, GBK,
/// GB18030 and Shift_JIS-in-ISO_IR 13. Characters pydicom cannot decode are not compared.
/// </summary>
public sealed class PydicomCharacterTableTests
{
    [Theory]
    [InlineData("")]
    [InlineData("ISO_IR 6")]
    [InlineData("ISO_IR 13")]
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
    [InlineData("ISO_IR 192")]
    [InlineData("GB18030")]
    [InlineData("GBK")]
    [InlineData("ISO 2022 IR 6")]
    [InlineData("ISO 2022 IR 13")]
    [InlineData("ISO 2022 IR 100")]
    [InlineData("ISO 2022 IR 101")]
    [InlineData("ISO 2022 IR 109")]
    [InlineData("ISO 2022 IR 110")]
    [InlineData("ISO 2022 IR 126")]
    [InlineData("ISO 2022 IR 127")]
    [InlineData("ISO 2022 IR 138")]
    [InlineData("ISO 2022 IR 144")]
    [InlineData("ISO 2022 IR 148")]
    [InlineData("ISO 2022 IR 166")]
    [InlineData("ISO 2022 IR 87")]
    [InlineData("ISO 2022 IR 149")]
    [InlineData("ISO 2022 IR 58")]
    public void Each_single_byte_decodes_like_pydicom(string term)
    {
        var expected = PydicomReference.SingleByteDecodings(term);
        var mismatches = new List<string>();
        for (int code = 0; code < 256; code++)
        {
            if (code == 0x1B)
            {
                continue;
            }

            string actual = DicomEncoding.Decode([(byte)code], [term], DicomVR.LO);
            if (actual != expected[code])
            {
                mismatches.Add($"0x{code:X2}: expected {Describe(expected[code])}, got {Describe(actual)}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Jis_x_0208_after_esc_dollar_b_decodes_like_pydicom() =>
        AssertLikePydicom("ISO 2022 IR 87", NinetyFourSquare().Select(pair => (byte[])[0x1B, (byte)'$', (byte)'B', pair.Row, pair.Cell, 0x1B, (byte)'(', (byte)'B']), ["", "ISO 2022 IR 87"], minimumCompared: 6800);

    [Fact]
    public void Ks_x_1001_after_esc_dollar_paren_c_decodes_like_pydicom() =>
        AssertLikePydicom("ISO 2022 IR 149", NinetyFourSquare().Select(pair => (byte[])[0x1B, (byte)'$', (byte)')', (byte)'C', (byte)(pair.Row | 0x80), (byte)(pair.Cell | 0x80)]), ["", "ISO 2022 IR 149"], minimumCompared: 8000);

    /// <summary>pydicom 2.3.1 keeps the ESC $ ) A bytes in its output, so Python's GB 2312 codec is the reference here.</summary>
    [Fact]
    public void Gb_2312_after_esc_dollar_paren_a_decodes_like_python() =>
        AssertLikePydicom("ISO 2022 IR 58", NinetyFourSquare().Select(pair => (byte[])[0x1B, (byte)'$', (byte)')', (byte)'A', (byte)(pair.Row | 0x80), (byte)(pair.Cell | 0x80)]), ["", "ISO 2022 IR 58"], minimumCompared: 7400);

    [Fact]
    public void Gbk_pairs_decode_like_pydicom() =>
        AssertLikePydicom("GBK", GbPairs(), ["GBK"], minimumCompared: 21000);

    [Fact]
    public void Gb18030_pairs_decode_like_pydicom() =>
        AssertLikePydicom("GB18030", GbPairs(), ["GB18030"], minimumCompared: 23000);

    [Fact]
    public void Shift_jis_pairs_in_iso_ir_13_decode_like_pydicom() =>
        AssertLikePydicom("ISO_IR 13", ShiftJisPairs(), ["ISO_IR 13"], minimumCompared: 6800);

    private static void AssertLikePydicom(string table, IEnumerable<byte[]> inputs, string[] terms, int minimumCompared)
    {
        var expected = PydicomReference.DoubleByteDecodings(table);
        var characterSet = DicomCharacterSet.Resolve(terms);
        var mismatches = new List<string>();
        int compared = 0;
        int index = 0;
        foreach (var input in inputs)
        {
            string? reference = expected[index++];
            if (reference is null)
            {
                continue;
            }

            compared++;
            string actual = DicomEncoding.Decode(input, characterSet, DicomVR.PN);
            if (actual != reference)
            {
                mismatches.Add($"{Convert.ToHexString(input)}: expected {Describe(reference)}, got {Describe(actual)}");
            }
        }

        Assert.Equal(expected.Count, index);
        Assert.True(compared >= minimumCompared, $"only {compared} characters of {table} were compared");
        Assert.Empty(mismatches.Take(50));
    }

    private static IEnumerable<(byte Row, byte Cell)> NinetyFourSquare()
    {
        for (int row = 0x21; row <= 0x7E; row++)
        {
            for (int cell = 0x21; cell <= 0x7E; cell++)
            {
                yield return ((byte)row, (byte)cell);
            }
        }
    }

    private static IEnumerable<byte[]> GbPairs()
    {
        for (int lead = 0x81; lead <= 0xFE; lead++)
        {
            for (int trail = 0x40; trail <= 0xFE; trail++)
            {
                if (trail != 0x7F)
                {
                    yield return [(byte)lead, (byte)trail];
                }
            }
        }
    }

    private static IEnumerable<byte[]> ShiftJisPairs()
    {
        var leads = Enumerable.Range(0x81, 0x9F - 0x81 + 1).Concat(Enumerable.Range(0xE0, 0xEF - 0xE0 + 1));
        var trails = Enumerable.Range(0x40, 0x7E - 0x40 + 1).Concat(Enumerable.Range(0x80, 0xFC - 0x80 + 1)).ToList();
        return leads.SelectMany(lead => trails.Select(trail => new[] { (byte)lead, (byte)trail }));
    }

    private static string Describe(string? text) =>
        text is null ? "null" : $"\"{text}\" ({string.Join(' ', text.Select(character => $"U+{(int)character:X4}"))})";
}
