using System.Buffers.Binary;

namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>Seeded corruptions of a PDU: bit flips, hostile values in length fields, random bytes, cuts and insertions.</summary>
internal sealed class PduMutator(int seed)
{
    private static readonly uint[] HostileLengths = [0, 1, 2, 3, 5, 0x7F, 0x80, 0xFF, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF];

    private readonly Random _random = new(seed);

    /// <summary>Returns a mutated copy and a short description of what was done.</summary>
    public (byte[] Bytes, string Description) Mutate(byte[] original, IReadOnlyList<(int Offset, int Width)> lengthFields)
    {
        var bytes = (byte[])original.Clone();
        string description;
        switch (_random.Next(6))
        {
            case 0:
                description = FlipBits(bytes);
                break;
            case 1 or 2:
                description = CorruptLengthField(bytes, lengthFields[_random.Next(lengthFields.Count)]);
                break;
            case 3:
                var offset = _random.Next(bytes.Length);
                bytes[offset] = (byte)_random.Next(256);
                description = $"byte {offset} set to 0x{bytes[offset]:X2}";
                break;
            case 4:
                var cut = 6 + _random.Next(Math.Max(1, bytes.Length - 6));
                bytes = bytes[..Math.Min(cut, bytes.Length)];
                description = $"cut to {bytes.Length} bytes";
                break;
            default:
                var at = 6 + _random.Next(Math.Max(1, bytes.Length - 6));
                var inserted = new byte[1 + _random.Next(8)];
                _random.NextBytes(inserted);
                bytes = [.. bytes.AsSpan(0, Math.Min(at, bytes.Length)), .. inserted, .. bytes.AsSpan(Math.Min(at, bytes.Length))];
                description = $"{inserted.Length} byte(s) inserted at {at}";
                break;
        }

        if (_random.Next(2) == 0 && bytes.Length >= 6)
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(2), (uint)(bytes.Length - 6));
            description += ", header length fixed";
        }

        return (bytes, description);
    }

    private string FlipBits(byte[] bytes)
    {
        var flips = 1 + _random.Next(3);
        var positions = new List<int>(flips);
        for (var i = 0; i < flips; i++)
        {
            var bit = _random.Next(bytes.Length * 8);
            bytes[bit / 8] ^= (byte)(1 << (bit % 8));
            positions.Add(bit);
        }

        return $"bits {string.Join(",", positions)} flipped";
    }

    private string CorruptLengthField(byte[] bytes, (int Offset, int Width) field)
    {
        var current = field.Width == 4 ? BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(field.Offset)) : BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(field.Offset));
        var value = _random.Next(4) switch
        {
            0 => HostileLengths[_random.Next(HostileLengths.Length)],
            1 => current + (uint)_random.Next(1, 4),
            2 => current - (uint)_random.Next(1, 4),
            _ => (uint)_random.Next() ^ (current | 1),
        };
        if (field.Width == 4)
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(field.Offset), value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(field.Offset), (ushort)value);
        }

        return $"length field at {field.Offset} ({field.Width} bytes) {current} -> {(field.Width == 4 ? value : (ushort)value)}";
    }
}
