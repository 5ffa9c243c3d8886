namespace OpenRem.Dicom;

/// <summary>
/// One row of a data dictionary: a tag (or a tag pattern such as (60xx,3000)), its keyword, name,
/// value representation(s), value multiplicity and retired flag.
/// </summary>
public sealed class DicomDictionaryEntry
{
    private readonly TagPattern? pattern;

    internal DicomDictionaryEntry(
        DicomTag tag,
        string keyword,
        string name,
        IReadOnlyList<DicomVR> valueRepresentations,
        string valueMultiplicity,
        bool isRetired)
    {
        Tag = tag;
        Keyword = keyword;
        Name = name;
        ValueRepresentations = valueRepresentations;
        ValueMultiplicity = valueMultiplicity;
        IsRetired = isRetired;
    }

    internal DicomDictionaryEntry(
        TagPattern pattern,
        string keyword,
        string name,
        IReadOnlyList<DicomVR> valueRepresentations,
        string valueMultiplicity,
        bool isRetired,
        string? privateCreator = null)
        : this(new DicomTag(pattern.Value), keyword, name, valueRepresentations, valueMultiplicity, isRetired)
    {
        this.pattern = pattern;
        PrivateCreator = privateCreator;
    }

    /// <summary>
    /// The tag. For an entry that stands for many tags (see <see cref="Pattern"/>) this is the first
    /// tag of the pattern, every 'x' read as 0: (6000,3000) for OverlayData.
    /// </summary>
    public DicomTag Tag { get; }

    /// <summary>
    /// For an entry that stands for many tags, the pattern as eight hex digits with 'x' for any digit:
    /// "60xx3000" (repeating group), "1000xxx0", "0029xx10" (private: xx is the block),
    /// "xxxx0000" (generic group length); null for an entry of one tag.
    /// </summary>
    public string? Pattern => pattern?.Text;

    /// <summary>The standard's keyword, e.g. "PatientName"; empty for private entries and a few retired tags.</summary>
    public string Keyword { get; }

    /// <summary>The standard's name, e.g. "Patient's Name".</summary>
    public string Name { get; }

    /// <summary>
    /// The allowed VRs, most often one. Several for "US or SS", "OB or OW", "US or SS or OW"
    /// (the right one depends on other attributes); <see cref="DicomVR.NONE"/> for the item and
    /// delimitation tags (FFFE,E000/E00D/E0DD).
    /// </summary>
    public IReadOnlyList<DicomVR> ValueRepresentations { get; }

    /// <summary>The value multiplicity as the standard writes it: "1", "1-n", "2-2n", "3".</summary>
    public string ValueMultiplicity { get; }

    public bool IsRetired { get; }

    /// <summary>The private creator whose dictionary this entry comes from; null for the standard's entries.</summary>
    public string? PrivateCreator { get; }

    /// <summary>True when this entry stands for <paramref name="tag"/>: equal tags, or the pattern matches digit by digit.</summary>
    public bool Matches(DicomTag tag) => pattern is { } p ? p.Matches(tag.Value) : tag == Tag;

    /// <summary>E.g. "(0010,0010) PN 1 PatientName" or "(60xx,3000) OB or OW 1 OverlayData".</summary>
    public override string ToString()
    {
        var tagText = pattern is { } p ? $"({p.Text[..4]},{p.Text[4..]})" : Tag.ToString();
        var keyword = Keyword.Length > 0 ? Keyword : Name;
        return $"{tagText} {string.Join(" or ", ValueRepresentations)} {ValueMultiplicity} {keyword}";
    }
}
