using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace OpenRem.Dicom.IO;

/// <summary>Converts big endian words to little endian in place.</summary>
internal static class ByteSwap
{
    public static void ToLittleEndian(Span<byte> bytes, int unit)
    {
        var whole = bytes.Length - (bytes.Length % Math.Max(unit, 1));
        switch (unit)
        {
            case 2:
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, ushort>(bytes[..whole]), MemoryMarshal.Cast<byte, ushort>(bytes[..whole]));
                break;
            case 4:
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, uint>(bytes[..whole]), MemoryMarshal.Cast<byte, uint>(bytes[..whole]));
                break;
            case 8:
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, ulong>(bytes[..whole]), MemoryMarshal.Cast<byte, ulong>(bytes[..whole]));
                break;
            default:
                break;
        }
    }

    /// <summary>The word size to swap for a VR read from a big endian stream (AT swaps its two halves).</summary>
    public static int UnitFor(DicomVR vr) => vr == DicomVR.AT ? 2 : vr == DicomVR.OB || vr == DicomVR.UN ? 1 : vr.UnitSize;
}
