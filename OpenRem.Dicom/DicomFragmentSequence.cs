using OpenRem.Dicom.IO;

namespace OpenRem.Dicom;

/// <summary>
/// Encapsulated pixel data (PS3.5 A.4): a Basic Offset Table item, then the fragments, each kept as
/// received (and left in the file when large).
/// </summary>
public sealed class DicomFragmentSequence(DicomTag tag, DicomVR valueRepresentation) : DicomItem(tag, valueRepresentation)
{
    private readonly List<IByteBuffer> _fragments = [];

    /// <summary>The first item's value (the Basic Offset Table, often empty).</summary>
    public IByteBuffer OffsetTable { get; set; } = MemoryByteBuffer.Empty;

    public IReadOnlyList<IByteBuffer> Fragments => _fragments;

    public void Add(IByteBuffer fragment) => _fragments.Add(fragment);

    public override string ToString() => $"{Tag} {ValueRepresentation} (encapsulated, {_fragments.Count} fragments)";
}
