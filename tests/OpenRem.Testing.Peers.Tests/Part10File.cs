using System.Buffers.Binary;
using System.Text;

namespace OpenRem.Testing.Peers.Tests;

/// <summary>Recognises a DICOM Part 10 file: "DICM" after the 128-byte preamble; reads the transfer syntax of its meta group.</summary>
internal static class Part10File
{
    public static bool Is(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes.Length > 132 && bytes.AsSpan(128, 4).SequenceEqual("DICM"u8);
    }

    /// <summary>The Transfer Syntax UID (0002,0010) of the meta group (always explicit VR little endian), without padding.</summary>
    public static string TransferSyntax(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var offset = 132;
        while (offset + 8 <= bytes.Length && BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset)) == 0x0002)
        {
            var element = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset + 2));
            var vr = Encoding.ASCII.GetString(bytes, offset + 4, 2);
            var (header, length) = vr is "OB" or "OW" or "UN" or "SQ" or "UT" or "UC" or "UR"
                ? (12, (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + 8)))
                : (8, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset + 6)));
            if (element == 0x0010)
            {
                return Encoding.ASCII.GetString(bytes, offset + header, length).TrimEnd('\0', ' ');
            }

            offset += header + length;
        }

        throw new InvalidDataException($"{path} has no Transfer Syntax UID in its meta group.");
    }
}
