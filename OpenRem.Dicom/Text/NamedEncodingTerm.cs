using System.Text;

namespace OpenRem.Dicom.Text;

/// <summary>
/// Builds a term for a Specific Character Set value that is not a DICOM term but names an
/// encoding .NET knows ("UTF-8", "ISO-8859-1", "windows-1252", "shift_jis" ...). Only encodings
/// that keep ASCII letters, digits and the DICOM delimiters unchanged are accepted.
/// </summary>
internal static class NamedEncodingTerm
{
    private const string AsciiProbe = "AZaz09 ^=\\";

    public static DicomCharacterSetTerm? TryCreate(string name)
    {
        var encoding = CodePages.TryGet(name) ?? CodePages.TryGet(name.Replace('_', '-'));
        if (encoding is null || !KeepsAscii(encoding))
        {
            return null;
        }

        var layout = encoding.IsSingleByte || encoding.CodePage == Encoding.UTF8.CodePage
            ? MultiByteLayout.AsciiTransparent
            : MultiByteLayout.TwoByteLead;
        var codec = EncodingCodec.ForCodePage(encoding.CodePage, layout);
        return new DicomCharacterSetTerm(name, encoding.WebName, CharacterRepertoire.Other, codec, isStandAlone: true);
    }

    private static bool KeepsAscii(Encoding encoding)
    {
        var bytes = Encoding.ASCII.GetBytes(AsciiProbe);
        return encoding.GetString(bytes) == AsciiProbe;
    }
}
