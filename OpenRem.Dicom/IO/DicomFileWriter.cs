namespace OpenRem.Dicom.IO;

/// <summary>Writes Part 10 files: a zero preamble, "DICM", the meta group with its computed group length, the dataset.</summary>
internal static class DicomFileWriter
{
    public static void Write(Stream stream, DicomFile file)
    {
        var syntax = file.FileMetaInfo.TransferSyntax;
        if (syntax.Endian == Endian.Big || syntax.IsDeflate)
        {
            throw new NotSupportedException($"Writing {syntax.UID.Name} is not supported; use Explicit or Implicit VR Little Endian.");
        }

        // Not disposed: that would close the caller's stream; flushed at the end instead.
        var buffered = new BufferedStream(stream, 64 * 1024);
        WriteHeader(buffered, file.FileMetaInfo);

        // Group 0002 belongs to the meta group only, even if a dataset carries a stray copy.
        new DicomWriter(buffered, syntax.IsExplicitVR).WriteDataset(file.Dataset, item => item.Tag.Group != 0x0002);
        buffered.Flush();
    }

    /// <summary>Writes the preamble, "DICM" and the meta group; the dataset, in the meta group's transfer syntax, follows.</summary>
    public static void WriteHeader(Stream stream, DicomFileMetaInformation fileMetaInfo)
    {
        stream.Write(new byte[128]);
        stream.Write("DICM"u8);

        var meta = new DicomDataset();
        foreach (var item in fileMetaInfo.Elements)
        {
            if (item.Tag.Group == 0x0002 && item.Tag.Element != 0x0000)
            {
                meta.Add(item);
            }
        }

        using var metaBytes = new MemoryStream();
        new DicomWriter(metaBytes, explicitVr: true).WriteDataset(meta);
        var groupLength = new DicomDataset();
        groupLength.AddOrUpdate(DicomVR.UL, DicomTag.FileMetaInformationGroupLength, (uint)metaBytes.Length);
        new DicomWriter(stream, explicitVr: true).WriteDataset(groupLength);
        metaBytes.Position = 0;
        metaBytes.CopyTo(stream);
    }
}
