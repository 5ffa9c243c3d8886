using OpenRem.Dicom.Text;

namespace OpenRem.Dicom.Tests.Text;

/// <summary>
/// The common cases (ASCII, Latin-1, UTF-8, other single-byte sets, no escape sequences) allocate
/// nothing but the result string, as this decoder runs for every text element read.
/// </summary>
public sealed class DecodingAllocationTests
{
    private const int Repetitions = 200;

    [Theory]
    [InlineData("", "Doe^John Alexander Smith-Jones")]
    [InlineData("ISO_IR 100", "Buc^Jérôme Éloïse Müller-Lüdenscheidt")]
    [InlineData("ISO_IR 192", "Wang^XiaoDong=王^小東 and a longer tail of text")]
    [InlineData("ISO_IR 144", "Люкceмбypг Иванов Петров Сидоров")]
    [InlineData("ISO_IR 126", "Διονυσιος Παπαδόπουλος και άλλοι")]
    public void Decoding_allocates_only_the_result(string term, string text)
    {
        var characterSet = DicomCharacterSet.Resolve(term.Length == 0 ? [] : [term]);
        byte[] value = DicomEncoding.Encode(text, characterSet, DicomVR.LO);
        string[] terms = term.Length == 0 ? [] : [term];
        Assert.Equal(text, DicomEncoding.Decode(value, characterSet, DicomVR.LO));
        Assert.Equal(text, DicomEncoding.Decode(value, terms, DicomVR.LO));

        long resultSize = AllocatedPerCall(() => _ = new string('x', text.Length));
        long byCharacterSet = AllocatedPerCall(() => _ = DicomEncoding.Decode(value, characterSet, DicomVR.LO));
        long byTerms = AllocatedPerCall(() => _ = DicomEncoding.Decode(value, terms, DicomVR.LO));

        Assert.Equal(resultSize, byCharacterSet);
        Assert.Equal(resultSize, byTerms);
    }

    private static long AllocatedPerCall(Action action)
    {
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Repetitions; i++)
        {
            action();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Repetitions;
    }
}
