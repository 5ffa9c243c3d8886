using OpenRem.Dicom.Text;

namespace OpenRem.Dicom.IO;

/// <summary>
/// Parses an encoded dataset (PS3.5 §7) from a <see cref="ByteSource"/>: implicit or explicit VR, little or
/// big endian, defined and undefined lengths, sequences, encapsulated pixel data. Every length is checked
/// against the data left before anything is allocated, and nesting is bounded.
/// </summary>
internal sealed class DicomDatasetReader(ByteSource source, DicomReaderOptions options, string? filePath)
{
    private const uint UndefinedLength = 0xFFFFFFFF;
    private static readonly DicomTag ItemTag = new(0xFFFE, 0xE000);
    private static readonly DicomTag ItemDelimitationTag = new(0xFFFE, 0xE00D);
    private static readonly DicomTag SequenceDelimitationTag = new(0xFFFE, 0xE0DD);
    private static readonly DicomTag PixelDataTag = new(0x7FE0, 0x0010);

    /// <summary>True when reading stopped early at <see cref="DicomReaderOptions.StopAtTag"/>.</summary>
    public bool Stopped { get; private set; }

    /// <summary>Reads the top-level dataset to the end of the data.</summary>
    public void ReadTopLevel(DicomDataset dataset, bool explicitVr, bool bigEndian)
    {
        ReadElements(dataset, explicitVr, bigEndian, end: null, isItem: false, depth: 0);
        AmbiguousVrResolver.Resolve(dataset, explicitVr);
    }

    /// <summary>Reads one little endian element (used for the meta group, whose elements may be implicit).</summary>
    public void ReadOneElement(DicomDataset dataset, bool explicitVr)
    {
        var elementStart = source.Position;
        var tag = new DicomTag(source.ReadUInt16(bigEndian: false), source.ReadUInt16(bigEndian: false));
        ReadElement(dataset, tag, elementStart, explicitVr, bigEndian: false, depth: 0);
    }

    /// <summary>
    /// Reads elements into <paramref name="dataset"/> until <paramref name="end"/> (a defined length), an item
    /// delimiter (an undefined length item), or the end of the data (the top level).
    /// </summary>
    private void ReadElements(DicomDataset dataset, bool explicitVr, bool bigEndian, long? end, bool isItem, int depth)
    {
        while (true)
        {
            if (end is { } limit)
            {
                if (source.Position >= limit)
                {
                    if (source.Position > limit)
                    {
                        throw new DicomDataException("An element runs past the end of its item", source.Position);
                    }

                    return;
                }
            }
            else if (source.IsAtEnd)
            {
                if (isItem)
                {
                    throw new DicomDataException("Unexpected end of data inside an item of undefined length", source.Position);
                }

                return;
            }

            var elementStart = source.Position;
            var group = source.ReadUInt16(bigEndian);
            var element = source.ReadUInt16(bigEndian);
            var tag = new DicomTag(group, element);

            if (group == 0xFFFE)
            {
                var delimiterLength = source.ReadUInt32(bigEndian);
                if (tag == ItemDelimitationTag && isItem && end is null)
                {
                    return;
                }

                if (tag == SequenceDelimitationTag && !isItem && depth == 0)
                {
                    // A stray sequence delimiter at the top level: some writers leave one; it carries nothing.
                    continue;
                }

                throw new DicomDataException($"Unexpected delimiter {tag} with length {delimiterLength}", elementStart, tag);
            }

            if (depth == 0 && options.StopAtTag is { } stop && tag >= stop)
            {
                Stopped = true;
                return;
            }

            ReadElement(dataset, tag, elementStart, explicitVr, bigEndian, depth);
        }
    }

    private void ReadElement(DicomDataset dataset, DicomTag tag, long elementStart, bool explicitVr, bool bigEndian, int depth)
    {
        DicomVR vr;
        uint length;
        IReadOnlyList<DicomVR>? ambiguous = null;
        var vrWasStated = false;
        if (explicitVr)
        {
            var head = source.Peek(2);
            if (head.Length == 2 && DicomVR.TryParse(head[0], head[1], out vr))
            {
                source.Skip(2);
                vrWasStated = true;
                if (vr.Is32BitLength)
                {
                    source.Skip(2);
                    length = source.ReadUInt32(bigEndian);
                }
                else
                {
                    length = source.ReadUInt16(bigEndian);
                }
            }
            else
            {
                // Not a VR: an implicit VR element inside explicit VR data; its length is 32 bits.
                length = source.ReadUInt32(bigEndian);
                vr = LookupVr(dataset, tag, out ambiguous);
            }
        }
        else
        {
            length = source.ReadUInt32(bigEndian);
            vr = LookupVr(dataset, tag, out ambiguous);
        }

        if (vrWasStated && vr == DicomVR.UN && options.ReplaceUnknownVrWithDictionaryVr && length != UndefinedLength)
        {
            var known = KnownVrForUnknown(dataset, tag, length);
            if (known is not null)
            {
                ReadUnknownAsKnown(dataset, tag, known, length, elementStart, depth);
                return;
            }
        }

        if (tag == PixelDataTag && length == UndefinedLength)
        {
            dataset.AddSorted(ReadFragments(tag, vr == DicomVR.OW ? DicomVR.OW : DicomVR.OB, bigEndian));
            return;
        }

        if (vr == DicomVR.SQ || (length == UndefinedLength && vr == DicomVR.UN))
        {
            // An undefined length UN is a sequence encoded as Implicit VR Little Endian (PS3.5 §6.2.2), but some
            // writers keep the explicit VR inside it: look at the first element of the first item to tell.
            var itemsExplicit = vr == DicomVR.SQ ? explicitVr : explicitVr && !bigEndian && FirstItemLooksExplicit();
            var itemsBigEndian = vr == DicomVR.SQ && bigEndian;
            dataset.AddSorted(ReadSequence(tag, length, itemsExplicit, itemsBigEndian, depth + 1));
            return;
        }

        if (length == UndefinedLength)
        {
            throw new DicomDataException($"Undefined length on a {vr} element", elementStart, tag);
        }

        var value = ReadValue(tag, vr, length, bigEndian, elementStart);
        dataset.AddSorted(new DicomElement(tag, vr, value) { AmbiguousValueRepresentations = ambiguous });
    }

    private bool FirstItemLooksExplicit()
    {
        var head = source.Peek(14);
        return head.Length == 14
            && head[0] == 0xFE && head[1] == 0xFF && head[2] == 0x00 && head[3] == 0xE0
            && DicomVR.TryParse(head[12], head[13], out _);
    }

    private IByteBuffer ReadValue(DicomTag tag, DicomVR vr, uint length, bool bigEndian, long elementStart)
    {
        if (source.Remaining is { } remaining && length > remaining)
        {
            throw new DicomDataException($"Value length {length} exceeds the {remaining} bytes left", elementStart, tag);
        }

        var swapUnit = bigEndian ? ByteSwap.UnitFor(vr) : 1;
        if (length > options.MaxValueLength)
        {
            if (filePath is null || !source.CanSeek)
            {
                throw new DicomDataException($"Value length {length} exceeds the limit of {options.MaxValueLength} bytes", elementStart, tag);
            }

            var deferred = new FileByteBuffer(filePath, source.Position, length, swapUnit);
            source.Skip(length);
            return deferred;
        }

        var bytes = source.ReadBytes(length);
        if (swapUnit > 1)
        {
            ByteSwap.ToLittleEndian(bytes, swapUnit);
        }

        return new MemoryByteBuffer(bytes);
    }

    private DicomSequence ReadSequence(DicomTag tag, uint length, bool explicitVr, bool bigEndian, int depth)
    {
        if (depth > options.MaxDepth)
        {
            throw new DicomDataException($"Sequences nested deeper than {options.MaxDepth} levels", source.Position, tag);
        }

        var sequence = new DicomSequence(tag);
        long? end = length == UndefinedLength ? null : source.Position + Math.Min(length, source.Remaining ?? length);

        while (true)
        {
            if (end is { } limit && source.Position >= limit)
            {
                // A last item that runs past its sequence's length is read whole, as other readers do.
                break;
            }

            var itemStart = source.Position;
            var itemTag = new DicomTag(source.ReadUInt16(bigEndian), source.ReadUInt16(bigEndian));
            var itemLength = source.ReadUInt32(bigEndian);
            if (itemTag == SequenceDelimitationTag && end is null)
            {
                break;
            }

            if (itemTag != ItemTag)
            {
                throw new DicomDataException($"Expected an item in sequence {tag} but found {itemTag}", itemStart, tag);
            }

            var item = new DicomDataset();
            sequence.Add(item);
            long? itemEnd = null;
            if (itemLength != UndefinedLength)
            {
                // An item whose length runs past the end of the data (a cut file) is read up to the end of the
                // data, as other readers do; an element that is itself cut short is still an error.
                itemEnd = source.Position + Math.Min(itemLength, source.Remaining ?? itemLength);
            }

            ReadElements(item, explicitVr, bigEndian, itemEnd, isItem: true, depth);
        }

        return sequence;
    }

    private DicomFragmentSequence ReadFragments(DicomTag tag, DicomVR vr, bool bigEndian)
    {
        var fragments = new DicomFragmentSequence(tag, vr);
        var first = true;
        while (true)
        {
            var itemStart = source.Position;
            var itemTag = new DicomTag(source.ReadUInt16(bigEndian), source.ReadUInt16(bigEndian));
            var itemLength = source.ReadUInt32(bigEndian);
            if (itemTag == SequenceDelimitationTag)
            {
                return fragments;
            }

            if (itemTag != ItemTag || itemLength == UndefinedLength)
            {
                throw new DicomDataException($"Expected a pixel data fragment but found {itemTag} with length {itemLength}", itemStart, tag);
            }

            var value = ReadValue(tag, DicomVR.OB, itemLength, bigEndian: false, itemStart);
            if (first)
            {
                fragments.OffsetTable = value;
                first = false;
            }
            else
            {
                fragments.Add(value);
            }
        }
    }

    private void ReadUnknownAsKnown(DicomDataset dataset, DicomTag tag, DicomVR known, uint length, long elementStart, int depth)
    {
        if (known == DicomVR.SQ)
        {
            dataset.AddSorted(ReadSequence(tag, length, explicitVr: false, bigEndian: false, depth + 1));
            return;
        }

        // The value of a UN element is as it would be in Implicit VR Little Endian.
        var value = ReadValue(tag, known, length, bigEndian: false, elementStart);
        dataset.AddSorted(new DicomElement(tag, known, value));
    }

    private static DicomVR? KnownVrForUnknown(DicomDataset dataset, DicomTag tag, uint length)
    {
        if (tag.IsPrivate)
        {
            var vr = PrivateVr(dataset, tag);
            return vr == DicomVR.UN ? null : vr;
        }

        if (length >= 0xFFFF)
        {
            return null;
        }

        var entry = DicomDictionary.Default.Lookup(tag);
        var first = entry.ValueRepresentations[0];
        return first == DicomVR.UN || first == DicomVR.NONE || entry.ValueRepresentations.Count > 1 ? null : first;
    }

    private static DicomVR LookupVr(DicomDataset dataset, DicomTag tag, out IReadOnlyList<DicomVR>? ambiguous)
    {
        ambiguous = null;
        if (tag.IsPrivate && !tag.IsPrivateCreator)
        {
            return PrivateVr(dataset, tag);
        }

        var entry = DicomDictionary.Default.Lookup(tag);
        var vrs = entry.ValueRepresentations;
        if (vrs.Count > 1)
        {
            ambiguous = vrs;
        }

        return vrs[0] == DicomVR.NONE ? DicomVR.UN : vrs[0];
    }

    private static DicomVR PrivateVr(DicomDataset dataset, DicomTag tag)
    {
        if (tag.IsPrivateCreator)
        {
            return DicomVR.LO;
        }

        if ((tag.Element & 0xFF00) == 0
            || !dataset.TryGetItem(tag.PrivateCreatorTag, out var creatorItem)
            || creatorItem is not DicomElement creatorElement)
        {
            return DicomVR.UN;
        }

        var creator = DicomElement.DecodeDefaultRepertoire(creatorElement.Buffer.Data.Span).Trim(' ', '\0');
        return creator.Length > 0 && DicomDictionary.Default.TryLookupPrivate(creator, tag, out var entry)
            ? entry.ValueRepresentations[0]
            : DicomVR.UN;
    }
}
