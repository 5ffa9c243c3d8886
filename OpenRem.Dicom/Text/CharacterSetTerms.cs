using System.Collections.Frozen;
using R = OpenRem.Dicom.Text.CharacterRepertoire;

namespace OpenRem.Dicom.Text;

/// <summary>The defined terms of PS3.3 Tables C.12-2 to C.12-5 and a few accepted variants.</summary>
internal static class CharacterSetTerms
{
    private const string DefaultDescription = "Default repertoire ISO-IR 6 (ASCII); bytes 0x80-0xFF read as ISO 8859-1";

    /// <summary>The default repertoire, used when (0008,0005) is absent or value 1 is empty.</summary>
    public static DicomCharacterSetTerm DefaultRepertoire { get; } = new("ISO_IR 6", DefaultDescription, R.Default, Codecs.DefaultRepertoire);

    public static IReadOnlyList<DicomCharacterSetTerm> Defined { get; } =
    [
        DefaultRepertoire,
        new("ISO_IR 100", "ISO 8859-1 (Latin alphabet No. 1)", R.Latin1, Codecs.Latin1),
        new("ISO_IR 101", "ISO 8859-2 (Latin alphabet No. 2)", R.Latin2, Codecs.Latin2),
        new("ISO_IR 109", "ISO 8859-3 (Latin alphabet No. 3)", R.Latin3, Codecs.Latin3),
        new("ISO_IR 110", "ISO 8859-4 (Latin alphabet No. 4)", R.Latin4, Codecs.Latin4),
        new("ISO_IR 144", "ISO 8859-5 (Cyrillic)", R.Cyrillic, Codecs.Cyrillic),
        new("ISO_IR 127", "ISO 8859-6 (Arabic)", R.Arabic, Codecs.Arabic),
        new("ISO_IR 126", "ISO 8859-7:2003 (Greek)", R.Greek, Codecs.Greek),
        new("ISO_IR 138", "ISO 8859-8 (Hebrew)", R.Hebrew, Codecs.Hebrew),
        new("ISO_IR 148", "ISO 8859-9 (Latin alphabet No. 5, Turkish)", R.Latin5, Codecs.Latin5),
        new("ISO_IR 203", "ISO 8859-15 (Latin alphabet No. 9)", R.Latin9, Codecs.Latin9),
        new("ISO_IR 13", "JIS X 0201 (romaji and half-width katakana; Shift_JIS pairs tolerated)", R.JisX0201, Codecs.JisX0201),
        new("ISO_IR 166", "TIS 620-2533 (Thai)", R.Thai, Codecs.Thai),
        new("ISO 2022 IR 6", DefaultDescription, R.Default, Codecs.DefaultRepertoire, usesCodeExtensions: true),
        new("ISO 2022 IR 100", "ISO 8859-1 in G1", R.Latin1, Codecs.Latin1, usesCodeExtensions: true),
        new("ISO 2022 IR 101", "ISO 8859-2 in G1", R.Latin2, Codecs.Latin2, usesCodeExtensions: true),
        new("ISO 2022 IR 109", "ISO 8859-3 in G1", R.Latin3, Codecs.Latin3, usesCodeExtensions: true),
        new("ISO 2022 IR 110", "ISO 8859-4 in G1", R.Latin4, Codecs.Latin4, usesCodeExtensions: true),
        new("ISO 2022 IR 144", "ISO 8859-5 in G1", R.Cyrillic, Codecs.Cyrillic, usesCodeExtensions: true),
        new("ISO 2022 IR 127", "ISO 8859-6 in G1", R.Arabic, Codecs.Arabic, usesCodeExtensions: true),
        new("ISO 2022 IR 126", "ISO 8859-7:2003 in G1", R.Greek, Codecs.Greek, usesCodeExtensions: true),
        new("ISO 2022 IR 138", "ISO 8859-8 in G1", R.Hebrew, Codecs.Hebrew, usesCodeExtensions: true),
        new("ISO 2022 IR 148", "ISO 8859-9 in G1", R.Latin5, Codecs.Latin5, usesCodeExtensions: true),
        new("ISO 2022 IR 203", "ISO 8859-15 in G1", R.Latin9, Codecs.Latin9, usesCodeExtensions: true),
        new("ISO 2022 IR 13", "JIS X 0201: katakana in G1, romaji in G0", R.JisX0201, Codecs.JisX0201, usesCodeExtensions: true),
        new("ISO 2022 IR 166", "TIS 620-2533 in G1", R.Thai, Codecs.Thai, usesCodeExtensions: true),
        new("ISO 2022 IR 87", "JIS X 0208 (kanji) in G0", R.JisX0208, Codecs.JisX0208, usesCodeExtensions: true, initialCodec: Codecs.AsciiOnly),
        new("ISO 2022 IR 159", "JIS X 0212 (supplementary kanji) in G0; not decodable, read as U+FFFD", R.JisX0212, Codecs.JisX0212, usesCodeExtensions: true, initialCodec: Codecs.AsciiOnly),
        new("ISO 2022 IR 149", "KS X 1001 (Hangul and Hanja) in G1", R.KsX1001, Codecs.KsX1001, usesCodeExtensions: true),
        new("ISO 2022 IR 58", "GB 2312 (simplified Chinese) in G1", R.Gb2312, Codecs.Gb2312, usesCodeExtensions: true),
        new("ISO_IR 192", "Unicode in UTF-8", R.Utf8, Codecs.Utf8, isStandAlone: true),
        new("GB18030", "GB 18030", R.Gb18030, Codecs.Gb18030, isStandAlone: true),
        new("GBK", "GBK", R.Gbk, Codecs.Gbk, isStandAlone: true),
    ];

    /// <summary>
    /// Spellings that are not defined terms but that files carry and common readers accept
    /// silently: "ISO 2022 GBK" and "ISO 2022 58" from a draft of the Chinese character set proposal.
    /// </summary>
    private static readonly FrozenDictionary<string, DicomCharacterSetTerm> Variants = new Dictionary<string, DicomCharacterSetTerm>(StringComparer.Ordinal)
    {
        ["ISO 2022 GBK"] = new("ISO 2022 GBK", "GBK", R.Gbk, Codecs.Gbk, isStandAlone: true),
        ["ISO 2022 58"] = new("ISO 2022 58", "GB 2312 in G1", R.Gb2312, Codecs.Gb2312, usesCodeExtensions: true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, DicomCharacterSetTerm> ByTerm =
        Defined.ToFrozenDictionary(term => term.Term, StringComparer.Ordinal);

    public static bool TryGetDefined(string term, out DicomCharacterSetTerm definition) =>
        ByTerm.TryGetValue(term, out definition!);

    /// <summary>
    /// Finds the definition for a term as found in a file. Exact defined terms and the accepted
    /// variants resolve silently; "ISO IR 100" / "ISO-IR 100" style misspellings of "ISO_IR nnn"
    /// and "ISO 2022 IR nnn" are corrected with a warning; an encoding name that .NET knows and
    /// that keeps ASCII as is (e.g. "UTF-8", "ISO-8859-1") is used with a warning; anything else
    /// falls back to the default repertoire with a warning.
    /// </summary>
    public static DicomCharacterSetTerm Find(string term, ICollection<string> warnings)
    {
        if (term.Length == 0)
        {
            return DefaultRepertoire;
        }

        if (ByTerm.TryGetValue(term, out var definition) || Variants.TryGetValue(term, out definition))
        {
            return definition;
        }

        var corrected = CorrectSpelling(term);
        if (corrected is not null)
        {
            if (ByTerm.TryGetValue(corrected, out definition))
            {
                warnings.Add($"Incorrect value '{term}' for Specific Character Set; assuming '{corrected}'.");
                return definition;
            }

            warnings.Add($"Unknown Specific Character Set '{term}'; using the default repertoire.");
            return DefaultRepertoire;
        }

        var named = NamedEncodingTerm.TryCreate(term);
        if (named is not null)
        {
            warnings.Add($"'{term}' is not a defined term for Specific Character Set; decoding with the .NET encoding '{named.Description}'.");
            return named;
        }

        warnings.Add($"Unknown Specific Character Set '{term}'; using the default repertoire.");
        return DefaultRepertoire;
    }

    /// <summary>
    /// "ISO?IR nnn" with any character but '_' in the fourth place becomes "ISO_IR nnn";
    /// "ISO?2022?IR?nnn" with other separators becomes "ISO 2022 IR nnn". Null if neither applies.
    /// </summary>
    private static string? CorrectSpelling(string term)
    {
        if (term.Length >= 6 && term.StartsWith("ISO", StringComparison.Ordinal) && term[3] != '_' && term.AsSpan(4, 2).SequenceEqual("IR"))
        {
            return "ISO_IR" + term[6..];
        }

        if (term.Length >= 12
            && term.StartsWith("ISO", StringComparison.Ordinal)
            && term.AsSpan(4, 4).SequenceEqual("2022")
            && term.AsSpan(9, 2).SequenceEqual("IR")
            && !term.StartsWith("ISO 2022 IR ", StringComparison.Ordinal))
        {
            return "ISO 2022 IR " + term[12..];
        }

        return null;
    }
}
