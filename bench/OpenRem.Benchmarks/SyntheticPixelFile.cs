using System.Buffers.Binary;
using System.Globalization;
using OpenRem.Dicom;

namespace OpenRem.Benchmarks;

/// <summary>
/// Writes a multi-frame Part 10 file of 16-bit frames whose pixel data (zeros) is a sparse region of the file,
/// so that files of a gigabyte cost nothing to make.
/// </summary>
internal static class SyntheticPixelFile
{
    public static long Write(string path, long pixelBytes, string sopClassUid, string modality, int rows, int columns)
    {
        var frameBytes = rows * columns * 2L;
        var frames = (int)Math.Max(1, pixelBytes / frameBytes);
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTag.SOPClassUID, sopClassUid);
        dataset.AddOrUpdate(DicomTag.SOPInstanceUID, DicomUIDGenerator.GenerateDerivedFromUUID().UID);
        dataset.AddOrUpdate(DicomTag.StudyInstanceUID, DicomUIDGenerator.GenerateDerivedFromUUID().UID);
        dataset.AddOrUpdate(DicomTag.SeriesInstanceUID, DicomUIDGenerator.GenerateDerivedFromUUID().UID);
        dataset.AddOrUpdate(DicomTag.Modality, modality);
        dataset.AddOrUpdate(DicomTag.NumberOfFrames, frames.ToString(CultureInfo.InvariantCulture));
        dataset.AddOrUpdate<ushort>(DicomTag.Rows, (ushort)rows);
        dataset.AddOrUpdate<ushort>(DicomTag.Columns, (ushort)columns);
        dataset.AddOrUpdate<ushort>(DicomTag.BitsAllocated, 16);
        dataset.AddOrUpdate<ushort>(DicomTag.BitsStored, 16);
        dataset.AddOrUpdate<ushort>(DicomTag.HighBit, 15);
        dataset.AddOrUpdate<ushort>(DicomTag.PixelRepresentation, 0);
        dataset.AddOrUpdate<ushort>(DicomTag.SamplesPerPixel, 1);
        dataset.AddOrUpdate(DicomTag.PhotometricInterpretation, "MONOCHROME2");
        var file = new DicomFile(dataset);
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            file.Save(stream);
            var header = new byte[12];
            BinaryPrimitives.WriteUInt16LittleEndian(header, 0x7FE0);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), 0x0010);
            header[4] = (byte)'O';
            header[5] = (byte)'W';
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), (uint)(frames * frameBytes));
            stream.Write(header);
            stream.SetLength(stream.Position + (frames * frameBytes));
        }

        return new FileInfo(path).Length;
    }
}
