using System.Buffers.Binary;

namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>
/// Where the length fields of a well-formed PDU are (PDU length, item and sub-item lengths, the length prefixes
/// inside user information sub-items, PDV item lengths), found by walking the PS3.8 layout independently of the
/// codec, so that a mutation test can corrupt exactly those fields.
/// </summary>
internal static class LengthFieldMap
{
    public static IReadOnlyList<(int Offset, int Width)> Find(byte[] pdu)
    {
        var fields = new List<(int, int)> { (2, 4) };
        switch (pdu[0])
        {
            case 0x01 or 0x02:
                AddItems(pdu, 74, pdu.Length, fields, nested: true);
                break;
            case 0x04:
                for (var offset = 6; offset + 4 <= pdu.Length; offset += 4 + (int)BinaryPrimitives.ReadUInt32BigEndian(pdu.AsSpan(offset)))
                {
                    fields.Add((offset, 4));
                }

                break;
        }

        return fields;
    }

    private static void AddItems(byte[] pdu, int start, int end, List<(int, int)> fields, bool nested)
    {
        for (var offset = start; offset + 4 <= end;)
        {
            var type = pdu[offset];
            var length = BinaryPrimitives.ReadUInt16BigEndian(pdu.AsSpan(offset + 2));
            fields.Add((offset + 2, 2));
            var value = offset + 4;
            if (nested && type is 0x20 or 0x21)
            {
                AddItems(pdu, value + 4, value + length, fields, nested: false);
            }
            else if (nested && type == 0x50)
            {
                AddItems(pdu, value, value + length, fields, nested: false);
            }
            else if (type is 0x54 or 0x56 or 0x57 or 0x59)
            {
                fields.Add((value, 2));
            }
            else if (type == 0x58)
            {
                fields.Add((value + 2, 2));
                fields.Add((value + 4 + BinaryPrimitives.ReadUInt16BigEndian(pdu.AsSpan(value + 2)), 2));
            }

            offset = value + length;
        }
    }
}
