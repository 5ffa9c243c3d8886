namespace OpenRem.Dicom;

/// <summary>A sequence of items (VR SQ), each item a dataset.</summary>
public sealed class DicomSequence : DicomItem
{
    private readonly List<DicomDataset> _items = [];

    public DicomSequence(DicomTag tag, params IEnumerable<DicomDataset> items)
        : base(tag, DicomVR.SQ)
    {
        foreach (var item in items)
        {
            Add(item);
        }
    }

    public IReadOnlyList<DicomDataset> Items => _items;

    public void Add(DicomDataset item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.Add(item);
        item.Parent = Owner;
    }

    /// <summary>The dataset that holds this sequence; items inherit its character set.</summary>
    internal DicomDataset? Owner
    {
        get;
        set
        {
            field = value;
            foreach (var item in _items)
            {
                item.Parent = value;
            }
        }
    }

    public override string ToString() => $"{Tag} SQ ({_items.Count} items)";
}
