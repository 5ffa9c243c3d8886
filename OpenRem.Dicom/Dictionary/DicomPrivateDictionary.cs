using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace OpenRem.Dicom;

/// <summary>
/// Private data elements known by private creator (pydicom 2.3's private dictionary, itself taken from
/// GDCM): VR, VM and name of e.g. (0029,xx10) under "SIEMENS CSA HEADER". A creator's entries are read
/// from the generated table the first time that creator is asked for.
/// </summary>
/// <remarks>
/// A private element (gggg,bbee) belongs to the block bb reserved by the creator element (gggg,00bb).
/// <see cref="TryLookup"/> matches like pydicom's <c>get_private_entry</c>, first hit wins: the exact tag
/// "ggggbbee", then "ggggxxee" (any block), then "ggxxxxee". Keys of other shapes in the source
/// (11 of them, e.g. "001910xx") are kept in <see cref="GetEntries"/> but never matched, as in pydicom.
/// </remarks>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named like DicomDictionary.")]
public sealed class DicomPrivateDictionary
{
    private const ulong AnyBlockKey = 1UL << 32;
    private const ulong AnyBlockAndGroupLowByteKey = 2UL << 32;
    private const ulong UnmatchedKey = 3UL << 32;

    private static readonly Lazy<DicomPrivateDictionary> DefaultDictionary = new(() => new DicomPrivateDictionary());

    /// <summary>Where each creator's lines are in the generated table: offset and length in bytes.</summary>
    private readonly Dictionary<string, (int Start, int Length)> creatorBlocks;
    private readonly ConcurrentDictionary<string, PrivateCreatorEntries> loadedCreators = new(StringComparer.Ordinal);

    private DicomPrivateDictionary()
    {
        var blocks = new Dictionary<string, (int Start, int Length)>(StringComparer.Ordinal);
        var all = DicomPrivateDictionaryData.Entries;
        string? creator = null;
        var blockStart = 0;
        var position = 0;
        while (position < all.Length)
        {
            var rest = all[position..];
            var lineEnd = rest.IndexOf((byte)'\n');
            var line = lineEnd < 0 ? rest : rest[..lineEnd];
            var next = lineEnd < 0 ? all.Length : position + lineEnd + 1;
            if (!line.IsEmpty && line[0] == (byte)'@')
            {
                if (creator is not null)
                {
                    blocks.Add(creator, (blockStart, position - blockStart));
                }

                creator = DictionaryTableReader.Text(line[1..].TrimEnd((byte)'\r'));
                blockStart = next;
            }

            position = next;
        }

        if (creator is not null)
        {
            blocks.Add(creator, (blockStart, all.Length - blockStart));
        }

        creatorBlocks = blocks;
    }

    public static DicomPrivateDictionary Default => DefaultDictionary.Value;

    /// <summary>The number of private creators in the dictionary.</summary>
    public int CreatorCount => creatorBlocks.Count;

    /// <summary>The private creators, in ordinal order.</summary>
    public IEnumerable<string> Creators => creatorBlocks.Keys.Order(StringComparer.Ordinal);

    /// <summary>True when the dictionary has entries for <paramref name="privateCreator"/> (trailing spaces and NULs ignored).</summary>
    public bool ContainsCreator(string privateCreator)
    {
        ArgumentNullException.ThrowIfNull(privateCreator);
        return creatorBlocks.ContainsKey(TrimPadding(privateCreator));
    }

    /// <summary>
    /// The entry for <paramref name="tag"/> in a block reserved by <paramref name="privateCreator"/>. The creator
    /// must equal the dictionary's exactly (case-sensitive) once trailing spaces and NULs are removed.
    /// </summary>
    public bool TryLookup(string privateCreator, DicomTag tag, [NotNullWhen(true)] out DicomDictionaryEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(privateCreator);
        var entries = Load(TrimPadding(privateCreator));
        if (entries is null)
        {
            entry = null;
            return false;
        }

        var lowByte = (uint)(tag.Element & 0xFF);
        return entries.ByKey.TryGetValue(tag.Value, out entry)
            || entries.ByKey.TryGetValue(AnyBlockKey | ((uint)tag.Group << 16) | lowByte, out entry)
            || entries.ByKey.TryGetValue(AnyBlockAndGroupLowByteKey | ((uint)(tag.Group >> 8) << 24) | lowByte, out entry);
    }

    /// <summary>All entries of one creator in table order; empty when the creator is unknown.</summary>
    public IReadOnlyList<DicomDictionaryEntry> GetEntries(string privateCreator)
    {
        ArgumentNullException.ThrowIfNull(privateCreator);
        return Load(TrimPadding(privateCreator))?.InTableOrder ?? [];
    }

    /// <summary>The number of entries of all creators (reads the whole table).</summary>
    public int CountEntries() => creatorBlocks.Keys.Sum(creator => Load(creator)!.InTableOrder.Length);

    private static string TrimPadding(string privateCreator) => privateCreator.TrimEnd(' ', '\0');

    private PrivateCreatorEntries? Load(string creator)
    {
        if (loadedCreators.TryGetValue(creator, out var loaded))
        {
            return loaded;
        }

        if (!creatorBlocks.TryGetValue(creator, out var block))
        {
            return null;
        }

        return loadedCreators.GetOrAdd(creator, Parse(creator, block.Start, block.Length));
    }

    private static PrivateCreatorEntries Parse(string creator, int start, int length)
    {
        var reader = new DictionaryTableReader();
        var text = DicomPrivateDictionaryData.Entries.Slice(start, length);
        var inOrder = new List<DicomDictionaryEntry>();
        var byKey = new Dictionary<ulong, DicomDictionaryEntry>();
        while (DictionaryTableReader.NextLine(ref text, out var line))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            var row = reader.ReadRow(line, hasKeyword: false);
            var entry = new DicomDictionaryEntry(
                row.Pattern, row.Keyword, row.Name, row.ValueRepresentations, row.ValueMultiplicity, row.IsRetired, creator);
            inOrder.Add(entry);
            byKey.TryAdd(Key(row.Pattern), entry);
        }

        return new PrivateCreatorEntries([.. inOrder], byKey);
    }

    /// <summary>The lookup key of a pattern of one of the three shapes <see cref="TryLookup"/> tries.</summary>
    private static ulong Key(TagPattern pattern) => pattern.Mask switch
    {
        0xFFFF_FFFF => pattern.Value,
        0xFFFF_00FF => AnyBlockKey | pattern.Value,
        0xFF00_00FF => AnyBlockAndGroupLowByteKey | pattern.Value,
        _ => UnmatchedKey | pattern.Value,
    };
}
