using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace OpenRem.Dicom.Text;

/// <summary>
/// Decodes and encodes the values of text elements according to Specific Character Set
/// (0008,0005), PS3.3 C.12.1.1.2 and PS3.5 6.1.
/// </summary>
/// <remarks>
/// <para>
/// Only SH, LO, UC, ST, LT, UT and PN (<see cref="DicomVR.IsStringEncoded"/>) use the character
/// set; every other VR is decoded as ISO 8859-1, as is the default repertoire when (0008,0005) is
/// absent, so stray bytes 0x80-0xFF survive as Latin-1 characters.
/// </para>
/// <para>
/// <see cref="Decode(ReadOnlySpan{byte}, DicomCharacterSet, DicomVR)"/> returns the whole value,
/// padding included; the caller trims and splits multiple values on '\' afterwards (in GBK and
/// GB18030 a trail byte can be 0x5C, and in JIS X 0208 a byte pair can contain '\', '^' or '=').
/// Bytes that are invalid in the active set become U+FFFD; decoding never throws.
/// </para>
/// </remarks>
public static class DicomEncoding
{
    /// <summary>The defined terms of PS3.3 Tables C.12-2 to C.12-5, "ISO_IR 6" first.</summary>
    public static IReadOnlyList<DicomCharacterSetTerm> DefinedTerms => CharacterSetTerms.Defined;

    /// <summary>Decodes a raw element value; see <see cref="DicomCharacterSet.Resolve"/> for how the terms are read.</summary>
    public static string Decode(ReadOnlySpan<byte> value, IReadOnlyList<string>? specificCharacterSet, DicomVR vr) =>
        Decode(value, DicomCharacterSet.Resolve(specificCharacterSet), vr);

    /// <summary>Decodes a raw element value (all values, with their '\' separators and padding).</summary>
    public static string Decode(ReadOnlySpan<byte> value, DicomCharacterSet characterSet, DicomVR vr)
    {
        ArgumentNullException.ThrowIfNull(characterSet);
        ArgumentNullException.ThrowIfNull(vr);
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        if (!vr.IsStringEncoded)
        {
            return Encoding.Latin1.GetString(value);
        }

        if (!value.Contains(TextDelimiters.Escape))
        {
            return characterSet.InitialCodec.DecodeAll(value);
        }

        var ignored = DicomTextDecodingIssues.None;
        return Iso2022Decoder.Decode(value, characterSet, TextDelimiters.For(vr), ref ignored);
    }

    /// <summary>Decodes a raw element value and reports replaced bytes and unusable escape sequences.</summary>
    /// <remarks>A U+FFFD that the value itself encodes (in UTF-8 or GB18030) is also reported as <see cref="DicomTextDecodingIssues.InvalidBytes"/>.</remarks>
    public static string Decode(ReadOnlySpan<byte> value, DicomCharacterSet characterSet, DicomVR vr, out DicomTextDecodingIssues issues)
    {
        ArgumentNullException.ThrowIfNull(characterSet);
        ArgumentNullException.ThrowIfNull(vr);
        issues = DicomTextDecodingIssues.None;
        string text = vr.IsStringEncoded && value.Contains(TextDelimiters.Escape)
            ? Iso2022Decoder.Decode(value, characterSet, TextDelimiters.For(vr), ref issues)
            : Decode(value, characterSet, vr);
        if (text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            issues |= DicomTextDecodingIssues.InvalidBytes;
        }

        return text;
    }

    /// <summary>Encodes a value (multiple values joined with '\'); see <see cref="Encode(string, DicomCharacterSet, DicomVR)"/>.</summary>
    public static byte[] Encode(string value, IReadOnlyList<string>? specificCharacterSet, DicomVR vr) =>
        Encode(value, DicomCharacterSet.Resolve(specificCharacterSet), vr);

    /// <summary>
    /// Encodes a value (multiple values joined with '\') without padding. With a single term the
    /// value is encoded in that set; with code extensions each character goes to the first declared
    /// set that can take it, with escape sequences, returning to value 1's set before each
    /// delimiter and at the end. Characters that cannot be represented, and unpaired surrogates, become '?'.
    /// Non-text VRs are written as ISO 8859-1.
    /// </summary>
    public static byte[] Encode(string value, DicomCharacterSet characterSet, DicomVR vr)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(characterSet);
        ArgumentNullException.ThrowIfNull(vr);
        if (value.Length == 0)
        {
            return [];
        }

        if (!vr.IsStringEncoded)
        {
            return Encoding.Latin1.GetBytes(value);
        }

        return characterSet.UsesCodeExtensions
            ? Iso2022Encoder.Encode(value, characterSet, TextDelimiters.For(vr))
            : characterSet.InitialCodec.EncodeAll(value);
    }

    /// <summary>True when <paramref name="term"/> is a defined term of PS3.3 C.12.1.1.2 (exact spelling, surrounding spaces ignored).</summary>
    public static bool IsKnown(string? term) => term is not null && CharacterSetTerms.TryGetDefined(term.Trim(' '), out _);

    /// <summary>Looks up a defined term (exact spelling, surrounding spaces ignored).</summary>
    public static bool TryGetTerm(string? term, [NotNullWhen(true)] out DicomCharacterSetTerm? definition)
    {
        if (term is not null && CharacterSetTerms.TryGetDefined(term.Trim(' '), out var found))
        {
            definition = found;
            return true;
        }

        definition = null;
        return false;
    }

    /// <summary>
    /// Splits the raw value of (0008,0005) into its values: split on '\', trim spaces and NULs, keep
    /// empty values (an empty value 1, as in "\ISO 2022 IR 87", means the default repertoire).
    /// A null, empty or blank value gives no values (the default repertoire).
    /// </summary>
    public static IReadOnlyList<string> ParseSpecificCharacterSet(string? rawValue)
    {
        if (string.IsNullOrEmpty(rawValue) || rawValue.AsSpan().Trim(" \0").IsEmpty)
        {
            return [];
        }

        var values = rawValue.Split('\\');
        for (int index = 0; index < values.Length; index++)
        {
            values[index] = values[index].Trim(' ', '\0');
        }

        return values;
    }
}
