using System.Globalization;

namespace OpenRem.Dicom.Text;

/// <summary>
/// Builds the 256-entry tables of the single-byte character sets from .NET's code pages.
/// .NET fills positions that the ISO standards leave undefined with private-use characters;
/// those become U+FFFD here. A few code pages follow an older edition of the standard and are
/// corrected to the current Unicode mapping tables (ISO 8859-7:2003, ISO 8859-8:1999, TIS-620).
/// </summary>
internal static class SingleByteTables
{
    private const char Undefined = '\uFFFD';

    public static char[] FromCodePage(int codePage) => FromCodePage(codePage, []);

    public static char[] FromCodePage(int codePage, ReadOnlySpan<(byte Code, char Character)> corrections)
    {
        var encoding = CodePages.Get(codePage);
        var table = new char[256];
        Span<byte> single = stackalloc byte[1];
        Span<char> chars = stackalloc char[4];
        for (int code = 0; code < table.Length; code++)
        {
            single[0] = (byte)code;
            int count = encoding.GetChars(single, chars);
            char character = count == 1 ? chars[0] : Undefined;
            table[code] = char.GetUnicodeCategory(character) == UnicodeCategory.PrivateUse ? Undefined : character;
        }

        foreach (var (code, character) in corrections)
        {
            table[code] = character;
        }

        return table;
    }

    /// <summary>ISO 8859-7:2003: quotation marks, euro, drachma and ypogegrammeni.</summary>
    public static char[] Greek() => FromCodePage(28597,
    [
        (0xA1, '\u2018'), (0xA2, '\u2019'), (0xA4, '\u20AC'), (0xA5, '\u20AF'), (0xAA, '\u037A'),
    ]);

    /// <summary>ISO 8859-8: macron at 0xAF and the directional marks LRM and RLM at 0xFD/0xFE.</summary>
    public static char[] Hebrew() => FromCodePage(28598, [(0xAF, '\u00AF'), (0xFD, '\u200E'), (0xFE, '\u200F')]);

    /// <summary>TIS-620: code page 874 without the Windows additions in 0x80-0xA0.</summary>
    public static char[] Thai()
    {
        var table = FromCodePage(874);
        for (int code = 0x80; code <= 0x9F; code++)
        {
            table[code] = (char)code;
        }

        table[0xA0] = Undefined;
        return table;
    }

    /// <summary>ASCII only; what an ISO 2022 multi-byte term decodes when it is value 1 and no escape occurs.</summary>
    public static char[] AsciiOnly()
    {
        var table = new char[256];
        for (int code = 0; code < table.Length; code++)
        {
            table[code] = code < 0x80 ? (char)code : Undefined;
        }

        return table;
    }
}
