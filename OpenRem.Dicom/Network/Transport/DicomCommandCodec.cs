using System.Buffers.Binary;
using OpenRem.Dicom.IO;

namespace OpenRem.Dicom.Network.Transport;

/// <summary>
/// Encodes and decodes DIMSE command sets: always Implicit VR Little Endian, elements in tag order, starting
/// with Command Group Length (0000,0000), which is computed here whatever the dataset holds.
/// </summary>
public static class DicomCommandCodec
{
    private const int GroupLengthElementSize = 12;

    public static byte[] Encode(DicomDataset command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var body = new MemoryStream();
        new DicomWriter(body, explicitVr: false).WriteDataset(command, static item => item.Tag.Group == 0x0000 && !item.Tag.IsGroupLength);
        var bytes = new byte[GroupLengthElementSize + body.Length];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], checked((uint)body.Length));
        body.GetBuffer().AsSpan(0, (int)body.Length).CopyTo(span[GroupLengthElementSize..]);
        return bytes;
    }

    /// <summary>Decodes a command set; malformed bytes raise <see cref="DicomNetworkException"/>.</summary>
    public static DicomDataset Decode(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            var command = DicomFileReader.ReadDataset(bytes, DicomTransferSyntax.ImplicitVRLittleEndian, DicomReaderOptions.Default);
            if (!command.Contains(DicomTag.CommandField))
            {
                throw new DicomNetworkException("The command set has no Command Field (0000,0100).");
            }

            return command;
        }
        catch (Exception e) when (e is DicomDataException or EndOfStreamException or InvalidDataException)
        {
            throw new DicomNetworkException($"The command set cannot be decoded: {e.Message}", e);
        }
    }
}
