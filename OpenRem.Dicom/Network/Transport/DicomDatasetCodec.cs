using OpenRem.Dicom.IO;

namespace OpenRem.Dicom.Network.Transport;

/// <summary>Encodes and decodes the data sets of DIMSE messages in the transfer syntax of their presentation context.</summary>
public static class DicomDatasetCodec
{
    public static byte[] Encode(DicomDataset dataset, DicomTransferSyntax transferSyntax)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(transferSyntax);
        using var stream = new MemoryStream();
        DicomWriter.Write(stream, dataset, transferSyntax);
        if ((stream.Length & 1) == 1)
        {
            stream.WriteByte(0);
        }

        return stream.ToArray();
    }

    /// <summary>Decodes a data set; malformed bytes raise <see cref="DicomNetworkException"/>.</summary>
    public static DicomDataset Decode(ReadOnlyMemory<byte> bytes, DicomTransferSyntax transferSyntax)
    {
        ArgumentNullException.ThrowIfNull(transferSyntax);
        try
        {
            return DicomFileReader.ReadDataset(bytes, transferSyntax, DicomReaderOptions.Default);
        }
        catch (Exception e) when (e is DicomDataException or EndOfStreamException or InvalidDataException)
        {
            throw new DicomNetworkException($"The data set cannot be decoded in {transferSyntax.UID.Name}: {e.Message}", e);
        }
    }
}
