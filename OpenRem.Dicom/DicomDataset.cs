using System.Collections;
using OpenRem.Dicom.Text;

namespace OpenRem.Dicom;

/// <summary>
/// A set of DICOM items ordered by tag. Sequence items are datasets too, and inherit the character set
/// of the dataset that holds them unless they carry their own Specific Character Set.
/// </summary>
public sealed partial class DicomDataset : IEnumerable<DicomItem>
{
    private readonly List<DicomItem> _items;

    public DicomDataset()
    {
        _items = [];
    }

    public DicomDataset(params IEnumerable<DicomItem> items)
        : this()
    {
        foreach (var item in items)
        {
            AddOrUpdate(item);
        }
    }

    /// <summary>The transfer syntax this dataset was read in, or is to be written in.</summary>
    public DicomTransferSyntax InternalTransferSyntax { get; set; } = DicomTransferSyntax.ExplicitVRLittleEndian;

    /// <summary>The dataset holding the sequence this dataset is an item of.</summary>
    public DicomDataset? Parent { get; internal set; }

    public int Count => _items.Count;

    /// <summary>
    /// The Specific Character Set in force for this dataset: its own (0008,0005), else its parent's, else the
    /// default repertoire.
    /// </summary>
    public DicomCharacterSet CharacterSet
    {
        get
        {
            for (var ds = this; ds is not null; ds = ds.Parent)
            {
                if (ds.TryGetItem(DicomTag.SpecificCharacterSet, out var item) && item is DicomElement element)
                {
                    return DicomCharacterSet.Resolve(DicomEncoding.ParseSpecificCharacterSet(DicomElement.DecodeDefaultRepertoire(element.Buffer.Data.Span)));
                }
            }

            return DicomCharacterSet.Default;
        }
    }

    public bool Contains(DicomTag tag) => IndexOf(tag) >= 0;

    /// <summary>Adds an item; fails when the tag is already present.</summary>
    public DicomDataset Add(DicomItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var index = IndexOf(item.Tag);
        if (index >= 0)
        {
            throw new ArgumentException($"The dataset already contains {item.Tag}.", nameof(item));
        }

        Insert(~index, item);
        return this;
    }

    /// <summary>Adds an item, replacing one with the same tag.</summary>
    public DicomDataset AddOrUpdate(DicomItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var index = IndexOf(item.Tag);
        if (index >= 0)
        {
            _items[index] = item;
            Attach(item);
        }
        else
        {
            Insert(~index, item);
        }

        return this;
    }

    public bool Remove(DicomTag tag)
    {
        var index = IndexOf(tag);
        if (index < 0)
        {
            return false;
        }

        _items.RemoveAt(index);
        return true;
    }

    public void Clear() => _items.Clear();

    public bool TryGetItem(DicomTag tag, out DicomItem item)
    {
        var index = IndexOf(tag);
        item = index >= 0 ? _items[index] : null!;
        return index >= 0;
    }

    public T? GetDicomItem<T>(DicomTag tag)
        where T : DicomItem =>
        TryGetItem(tag, out var item) ? item as T : null;

    public DicomSequence GetSequence(DicomTag tag) =>
        GetDicomItem<DicomSequence>(tag) ?? throw new DicomDataException($"The dataset has no sequence {tag}.");

    public bool TryGetSequence(DicomTag tag, out DicomSequence sequence)
    {
        sequence = GetDicomItem<DicomSequence>(tag)!;
        return sequence is not null;
    }

    /// <summary>A copy of this dataset; sequences are copied deeply, value buffers are shared.</summary>
    public DicomDataset Clone()
    {
        var copy = new DicomDataset { InternalTransferSyntax = InternalTransferSyntax };
        foreach (var item in _items)
        {
            copy._items.Add(item is DicomSequence sequence ? CloneSequence(sequence, copy) : item);
        }

        return copy;
    }

    public IEnumerator<DicomItem> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Appends an item known to sort after every item present (the reader's fast path).</summary>
    internal void AddSorted(DicomItem item)
    {
        if (_items.Count > 0 && _items[^1].Tag >= item.Tag)
        {
            AddOrUpdate(item);
            return;
        }

        _items.Add(item);
        Attach(item);
    }

    private static DicomSequence CloneSequence(DicomSequence sequence, DicomDataset owner)
    {
        var copy = new DicomSequence(sequence.Tag, sequence.Items.Select(i => i.Clone()));
        copy.Owner = owner;
        return copy;
    }

    private void Insert(int index, DicomItem item)
    {
        _items.Insert(index, item);
        Attach(item);
    }

    private void Attach(DicomItem item)
    {
        if (item is DicomSequence sequence)
        {
            sequence.Owner = this;
        }
    }

    private int IndexOf(DicomTag tag)
    {
        var lo = 0;
        var hi = _items.Count - 1;
        var value = tag.Value;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var midValue = _items[mid].Tag.Value;
            if (midValue == value)
            {
                return mid;
            }

            if (midValue < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }
}
