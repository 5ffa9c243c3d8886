using OpenRem.Dicom.Text;

namespace OpenRem.Dicom.Tests.Text;

/// <summary>
/// Every SH, LO, UC, ST, LT, UT and PN element of pydicom's test files, including those inside
/// sequence items, decodes to the values pydicom reports.
/// </summary>
public sealed class PydicomFileTests
{
    [Theory]
    [InlineData("chrArab.dcm")]
    [InlineData("chrFren.dcm")]
    [InlineData("chrFrenMulti.dcm")]
    [InlineData("chrGerm.dcm")]
    [InlineData("chrGreek.dcm")]
    [InlineData("chrH31.dcm")]
    [InlineData("chrH32.dcm")]
    [InlineData("chrHbrw.dcm")]
    [InlineData("chrI2.dcm")]
    [InlineData("chrJapMulti.dcm")]
    [InlineData("chrJapMultiExplicitIR6.dcm")]
    [InlineData("chrKoreanMulti.dcm")]
    [InlineData("chrRuss.dcm")]
    [InlineData("chrSQEncoding.dcm")]
    [InlineData("chrSQEncoding1.dcm")]
    [InlineData("chrX1.dcm")]
    [InlineData("chrX2.dcm")]
    public void Charset_file_decodes_like_pydicom(string file)
    {
        var elements = PydicomReference.TextElements("charset_files/" + file);

        Assert.Contains(elements, element => element.Path.EndsWith("00100010", StringComparison.Ordinal));
        Assert.Empty(elements.Select(Mismatch).OfType<string>());
    }

    [Fact]
    public void Other_test_files_decode_like_pydicom()
    {
        var elements = PydicomReference.FileNames
            .Where(name => !name.StartsWith("charset_files/", StringComparison.Ordinal))
            .SelectMany(PydicomReference.TextElements)
            .ToList();

        Assert.True(elements.Count > 1000, $"expected the pydicom test files to hold over 1000 text elements, found {elements.Count}");
        Assert.Empty(elements.Select(Mismatch).OfType<string>());
    }

    [Theory]
    [InlineData("chrH31.dcm")]
    [InlineData("chrH32.dcm")]
    [InlineData("chrI2.dcm")]
    [InlineData("chrX1.dcm")]
    [InlineData("chrX2.dcm")]
    [InlineData("chrJapMulti.dcm")]
    [InlineData("chrKoreanMulti.dcm")]
    [InlineData("chrGreek.dcm")]
    [InlineData("chrRuss.dcm")]
    [InlineData("chrArab.dcm")]
    [InlineData("chrHbrw.dcm")]
    [InlineData("chrSQEncoding.dcm")]
    public void Charset_file_values_survive_encoding_and_decoding(string file)
    {
        foreach (var element in PydicomReference.TextElements("charset_files/" + file))
        {
            var vr = DicomVR.Parse(element.VR);
            var terms = DicomEncoding.ParseSpecificCharacterSet(element.SpecificCharacterSet);
            string text = DicomEncoding.Decode(element.RawValue, terms, vr);

            string again = DicomEncoding.Decode(DicomEncoding.Encode(text, terms, vr), terms, vr);

            Assert.Equal(text, again);
        }
    }

    private static string? Mismatch(PydicomTextElement element)
    {
        var vr = DicomVR.Parse(element.VR);
        var terms = DicomEncoding.ParseSpecificCharacterSet(element.SpecificCharacterSet);
        var actual = PydicomValues.From(DicomEncoding.Decode(element.RawValue, terms, vr), vr);
        return actual.SequenceEqual(element.Values, StringComparer.Ordinal)
            ? null
            : $"{element.File} {element.Path} {element.VR} [{element.SpecificCharacterSet}]: expected [{string.Join(" | ", element.Values)}], got [{string.Join(" | ", actual)}]";
    }
}
