namespace OpenRem.Dicom.Text;

/// <summary>
/// A defined term of Specific Character Set (0008,0005), PS3.3 C.12.1.1.2, and how this library
/// decodes it.
/// </summary>
public sealed class DicomCharacterSetTerm
{
    internal DicomCharacterSetTerm(
        string term,
        string description,
        CharacterRepertoire repertoire,
        CharacterCodec codec,
        bool usesCodeExtensions = false,
        bool isStandAlone = false,
        CharacterCodec? initialCodec = null)
    {
        Term = term;
        Description = description;
        Repertoire = repertoire;
        DesignatedCodec = codec;
        InitialCodec = initialCodec ?? codec;
        UsesCodeExtensions = usesCodeExtensions;
        IsStandAlone = isStandAlone;
        EscapeSequences = usesCodeExtensions
            ? EscapeSequence.All.Where(sequence => sequence.Repertoire == repertoire).Select(sequence => sequence.Display).ToArray()
            : [];
    }

    /// <summary>The term as written in (0008,0005), e.g. "ISO 2022 IR 87".</summary>
    public string Term { get; }

    /// <summary>The character set and the decoding used, e.g. "ISO 8859-1 (Latin alphabet No. 1)".</summary>
    public string Description { get; }

    /// <summary>True for the "ISO 2022 ..." terms, which allow switching sets with escape sequences.</summary>
    public bool UsesCodeExtensions { get; }

    /// <summary>True for ISO_IR 192, GB18030 and GBK, which cannot be combined with other terms.</summary>
    public bool IsStandAlone { get; }

    /// <summary>The escape sequences that select this set inside a value (empty without code extensions).</summary>
    public IReadOnlyList<string> EscapeSequences { get; }

    /// <summary>False for ISO 2022 IR 159 (JIS X 0212), which .NET cannot decode; see <see cref="DicomTextDecodingIssues"/>.</summary>
    public bool IsDecodingSupported => DesignatedCodec.IsSupported;

    internal CharacterRepertoire Repertoire { get; }

    /// <summary>The codec used while this term is value 1 and no escape sequence is active.</summary>
    internal CharacterCodec InitialCodec { get; }

    /// <summary>The codec used after an escape sequence selects this term's set.</summary>
    internal CharacterCodec DesignatedCodec { get; }

    public override string ToString() => Term;
}
