using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace OpenRem.Dicom;

/// <summary>
/// The standard's data dictionary (the data element registry of PS3.6 with the file meta and directory
/// elements, and the command elements of PS3.7): tag to keyword, name, VR(s), VM and retired flag, and
/// keyword to tag. Built from generated tables at first use.
/// </summary>
/// <remarks>
/// <see cref="Lookup(DicomTag)"/> always answers, in this order: the entry of that exact tag; for a group
/// length (gggg,0000) a generic UL entry; for a private creator (odd group above 0008, element
/// 0010-00FF) a generic LO entry; for a public tag the first repeating entry whose pattern matches
/// ((60xx,3000) OverlayData, (50xx,....) curves, (7Fxx,0010), (0020,31xx), (1000,xxx0)...); otherwise
/// <see cref="UnknownEntry"/> with VR UN.
/// Known differences from pydicom 2.3's choice of VR in implicit VR data sets: pydicom reads
/// (1000,0000) and (1010,0000) as the repeating entries (US) where this gives the group length (UL),
/// reads private group lengths (gggg,0000) with odd gggg as UN, and takes the odd groups 0001-0007 for
/// private groups (here they are public, so they are never private creators).
/// </remarks>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "fo-dicom's name.")]
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "fo-dicom's name.")]
public sealed class DicomDictionary : IEnumerable<DicomDictionaryEntry>
{
    private static readonly Lazy<DicomDictionary> DefaultDictionary = new(LoadStandard);

    private readonly Dictionary<uint, DicomDictionaryEntry> entriesByTag;
    private readonly DicomDictionaryEntry[] entriesInTagOrder;
    private readonly DicomDictionaryEntry[] repeatingEntries;
    private readonly Dictionary<string, DicomDictionaryEntry> entriesByKeyword;

    private DicomDictionary(DicomDictionaryEntry[] entriesInTagOrder, DicomDictionaryEntry[] repeatingEntries)
    {
        this.entriesInTagOrder = entriesInTagOrder;
        this.repeatingEntries = repeatingEntries;
        entriesByTag = new Dictionary<uint, DicomDictionaryEntry>(entriesInTagOrder.Length);
        entriesByKeyword = new Dictionary<string, DicomDictionaryEntry>(entriesInTagOrder.Length + repeatingEntries.Length, StringComparer.Ordinal);
        foreach (var entry in entriesInTagOrder)
        {
            entriesByTag.Add(entry.Tag.Value, entry);
            AddKeyword(entry);
        }

        foreach (var entry in repeatingEntries)
        {
            AddKeyword(entry);
        }
    }

    /// <summary>The standard's dictionary.</summary>
    public static DicomDictionary Default => DefaultDictionary.Value;

    /// <summary>The answer for a tag that no entry describes: VR UN.</summary>
    public static DicomDictionaryEntry UnknownEntry { get; } = new(
        TagPattern.Parse("xxxxxxxx"u8), "Unknown", "Unknown", [DicomVR.UN], "1", isRetired: false);

    /// <summary>The answer for a private creator element (gggg,0010)-(gggg,00FF) in an odd group: VR LO.</summary>
    public static DicomDictionaryEntry PrivateCreatorEntry { get; } = new(
        TagPattern.Parse("xxxx00xx"u8), "PrivateCreator", "Private Creator", [DicomVR.LO], "1", isRetired: false);

    /// <summary>The answer for a group length (gggg,0000) that has no entry of its own: VR UL. Retired (PS3.5 §7.2).</summary>
    public static DicomDictionaryEntry GenericGroupLengthEntry { get; } = new(
        TagPattern.Parse("xxxx0000"u8), "GenericGroupLength", "Generic Group Length", [DicomVR.UL], "1", isRetired: true);

    /// <summary>fo-dicom's name for <see cref="UnknownEntry"/>.</summary>
    public static DicomDictionaryEntry UnknownTag => UnknownEntry;

    /// <summary>fo-dicom's name for <see cref="PrivateCreatorEntry"/>.</summary>
    public static DicomDictionaryEntry PrivateCreatorTag => PrivateCreatorEntry;

    /// <summary>The number of entries of one tag each (the repeating ones are not counted).</summary>
    public int Count => entriesInTagOrder.Length;

    /// <summary>The entries that stand for many tags, such as (60xx,3000) OverlayData, in pattern order.</summary>
    public IReadOnlyList<DicomDictionaryEntry> RepeatingEntries => repeatingEntries;

    /// <summary>The private data dictionary, used by <see cref="Lookup(DicomTag, string?)"/>.</summary>
    public static DicomPrivateDictionary Private => DicomPrivateDictionary.Default;

    /// <summary>Same as <see cref="Lookup(DicomTag)"/>.</summary>
    public DicomDictionaryEntry this[DicomTag tag] => Lookup(tag);

    /// <summary>The entry that describes <paramref name="tag"/>; never null (see the remarks on the class for the order).</summary>
    public DicomDictionaryEntry Lookup(DicomTag tag)
    {
        if (entriesByTag.TryGetValue(tag.Value, out var exact))
        {
            return exact;
        }

        if (tag.IsGroupLength)
        {
            return GenericGroupLengthEntry;
        }

        if (tag.IsPrivate)
        {
            return tag.IsPrivateCreator ? PrivateCreatorEntry : UnknownEntry;
        }

        foreach (var entry in repeatingEntries)
        {
            if (entry.Matches(tag))
            {
                return entry;
            }
        }

        return UnknownEntry;
    }

    /// <summary>
    /// As <see cref="Lookup(DicomTag)"/>, and for a private data element (gggg,bbee) whose block's creator
    /// (gggg,00bb) is <paramref name="privateCreator"/>, the private dictionary's entry when it has one
    /// (this is how pydicom chooses the VR of a private element in an implicit VR data set).
    /// </summary>
    public DicomDictionaryEntry Lookup(DicomTag tag, string? privateCreator)
    {
        if (tag.IsPrivate && !tag.IsPrivateCreator && (tag.Element & 0xFF00) != 0
            && !string.IsNullOrEmpty(privateCreator)
            && DicomPrivateDictionary.Default.TryLookup(privateCreator, tag, out var privateEntry))
        {
            return privateEntry;
        }

        return Lookup(tag);
    }

    /// <summary>The private dictionary's entry for <paramref name="tag"/> in a block reserved by <paramref name="privateCreator"/>.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Called on an instance, like the other lookups.")]
    public bool TryLookupPrivate(string privateCreator, DicomTag tag, [NotNullWhen(true)] out DicomDictionaryEntry? entry) =>
        DicomPrivateDictionary.Default.TryLookup(privateCreator, tag, out entry);

    /// <summary>
    /// The tag of a keyword, spelt as the standard spells it (case-sensitive). For a repeating entry this is
    /// the first tag of its pattern: "OverlayData" gives (6000,3000).
    /// </summary>
    public bool TryGetTag(string keyword, out DicomTag tag)
    {
        if (TryGetEntry(keyword, out var entry))
        {
            tag = entry.Tag;
            return true;
        }

        tag = default;
        return false;
    }

    /// <summary>The entry of a keyword, spelt as the standard spells it (case-sensitive).</summary>
    public bool TryGetEntry(string keyword, [NotNullWhen(true)] out DicomDictionaryEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        return entriesByKeyword.TryGetValue(keyword, out entry);
    }

    /// <summary>The entries of one tag in tag order, then the repeating entries.</summary>
    public IEnumerator<DicomDictionaryEntry> GetEnumerator() =>
        entriesInTagOrder.Concat(repeatingEntries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void AddKeyword(DicomDictionaryEntry entry)
    {
        if (entry.Keyword.Length > 0 && !entriesByKeyword.TryAdd(entry.Keyword, entry))
        {
            throw new InvalidOperationException($"The keyword {entry.Keyword} is in the dictionary twice.");
        }
    }

    private static DicomDictionary LoadStandard()
    {
        var reader = new DictionaryTableReader();
        var single = new List<DicomDictionaryEntry>(5000);
        var text = DicomDictionaryData.StandardEntries;
        while (DictionaryTableReader.NextLine(ref text, out var line))
        {
            var row = reader.ReadRow(line, hasKeyword: true);
            if (row.Pattern.HasWildcards)
            {
                throw new InvalidOperationException($"The standard table has a pattern, {row.Pattern.Text}, among its single tags.");
            }

            single.Add(new DicomDictionaryEntry(
                new DicomTag(row.Pattern.Value), row.Keyword, row.Name, row.ValueRepresentations, row.ValueMultiplicity, row.IsRetired));
        }

        var repeating = new List<DicomDictionaryEntry>(100);
        text = DicomDictionaryData.RepeatingEntries;
        while (DictionaryTableReader.NextLine(ref text, out var line))
        {
            var row = reader.ReadRow(line, hasKeyword: true);
            repeating.Add(new DicomDictionaryEntry(
                row.Pattern, row.Keyword, row.Name, row.ValueRepresentations, row.ValueMultiplicity, row.IsRetired));
        }

        return new DicomDictionary([.. single], [.. repeating]);
    }
}
