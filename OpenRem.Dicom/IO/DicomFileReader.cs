using System.IO.Compression;

namespace OpenRem.Dicom.IO;

/// <summary>
/// Reads Part 10 files (PS3.10 §7.1) and bare datasets, tolerating what real files do: no preamble, no
/// "DICM", no meta group, a meta group without group length or transfer syntax, implicit VR meta elements.
/// The end of the meta group is taken from its group length when present.
/// </summary>
internal static class DicomFileReader
{
    private static readonly DicomTag MetaGroupLength = new(0x0002, 0x0000);
    private static readonly DicomTag TransferSyntaxUid = new(0x0002, 0x0010);

    public static DicomFile Read(Stream stream, DicomReaderOptions options, string? filePath) =>
        Read(new ByteSource(stream), options, filePath);

    /// <summary>Reads a Part 10 file held in memory; values are copied out of <paramref name="bytes"/>.</summary>
    public static DicomFile Read(ReadOnlyMemory<byte> bytes, DicomReaderOptions options) =>
        Read(new ByteSource(bytes), options, filePath: null);

    private static DicomFile Read(ByteSource source, DicomReaderOptions options, string? filePath)
    {
        var meta = new DicomDataset();

        var head = source.Peek(132);
        if (head.Length == 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M')
        {
            source.Skip(132);
        }
        else if (source.Peek(4) is { Length: 4 } dicm && dicm[0] == 'D' && dicm[1] == 'I' && dicm[2] == 'C' && dicm[3] == 'M')
        {
            source.Skip(4);
        }

        ReadMeta(source, meta, options);

        var syntax = meta.TryGetString(TransferSyntaxUid, out var uid) && uid.Length > 0
            ? DicomTransferSyntax.Lookup(uid)
            : SniffTransferSyntax(source);

        var dataset = new DicomDataset { InternalTransferSyntax = syntax };
        var reader = syntax.IsDeflate
            ? new DicomDatasetReader(new ByteSource(new DeflateStream(source.AsStream(), CompressionMode.Decompress)), options, filePath: null)
            : new DicomDatasetReader(source, options, filePath);
        var explicitVr = syntax.IsExplicitVR;
        var bigEndian = syntax.Endian == Endian.Big;
        reader.ReadTopLevel(dataset, explicitVr, bigEndian);
        return new DicomFile(new DicomFileMetaInformation(meta), dataset) { IsHeaderOnly = reader.Stopped };
    }

    public static DicomDataset ReadDataset(Stream stream, DicomTransferSyntax syntax, DicomReaderOptions options) =>
        ReadDataset(syntax.IsDeflate ? new ByteSource(new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true)) : new ByteSource(stream), syntax, options);

    /// <summary>Reads a bare dataset held in memory; values are copied out of <paramref name="bytes"/>, which may be reused afterwards.</summary>
    public static DicomDataset ReadDataset(ReadOnlyMemory<byte> bytes, DicomTransferSyntax syntax, DicomReaderOptions options)
    {
        if (!syntax.IsDeflate)
        {
            return ReadDataset(new ByteSource(bytes), syntax, options);
        }

        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        return ReadDataset(stream, syntax, options);
    }

    private static DicomDataset ReadDataset(ByteSource source, DicomTransferSyntax syntax, DicomReaderOptions options)
    {
        var dataset = new DicomDataset { InternalTransferSyntax = syntax };
        new DicomDatasetReader(source, options, filePath: null).ReadTopLevel(dataset, syntax.IsExplicitVR, syntax.Endian == Endian.Big);
        return dataset;
    }

    private static void ReadMeta(ByteSource source, DicomDataset meta, DicomReaderOptions options)
    {
        long? end = null;
        var reader = new DicomDatasetReader(source, options with { StopAtTag = null }, filePath: null);
        while (true)
        {
            var next = source.Peek(6);
            if (next.Length < 6 || next[0] != 0x02 || next[1] != 0x00)
            {
                return;
            }

            if (end is { } limit && source.Position >= limit)
            {
                return;
            }

            var explicitVr = DicomVR.TryParse(next[4], next[5], out _);
            var element = new DicomDataset();
            reader.ReadOneElement(element, explicitVr);
            foreach (var item in element)
            {
                meta.AddOrUpdate(item);
                if (item.Tag == MetaGroupLength && item is DicomElement { Length: 4 } lengthElement)
                {
                    end = source.Position + lengthElement.GetBinaryValue<uint>(0);
                }
            }
        }
    }

    /// <summary>Guesses the transfer syntax of a dataset from its first element header.</summary>
    private static DicomTransferSyntax SniffTransferSyntax(ByteSource source)
    {
        var head = source.Peek(6);
        if (head.Length < 6)
        {
            return DicomTransferSyntax.ExplicitVRLittleEndian;
        }

        if (!DicomVR.TryParse(head[4], head[5], out _))
        {
            return DicomTransferSyntax.ImplicitVRLittleEndian;
        }

        // A group read little endian that is smaller than the same bytes read big endian is little endian.
        var littleGroup = head[0] | (head[1] << 8);
        var bigGroup = (head[0] << 8) | head[1];
        return littleGroup <= bigGroup ? DicomTransferSyntax.ExplicitVRLittleEndian : DicomTransferSyntax.ExplicitVRBigEndian;
    }
}
