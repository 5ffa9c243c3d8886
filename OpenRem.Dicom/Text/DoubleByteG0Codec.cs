using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace OpenRem.Dicom.Text;

/// <summary>
/// A 94 x 94 set designated to G0 (JIS X 0208 by ESC $ B, JIS X 0212 by ESC $ ( D): bytes
/// 0x21-0x7E pair up into one character, so '\', '^' and '=' inside a pair are not delimiters.
/// Space and control characters stand alone; control characters in the stop set end the run.
/// A set without a table (JIS X 0212: .NET has no mapping) decodes each pair as U+FFFD.
/// </summary>
internal sealed class DoubleByteG0Codec : CharacterCodec
{
    private readonly Lazy<char[]>? table;
    private readonly Lazy<FrozenDictionary<char, ushort>>? reverse;

    public DoubleByteG0Codec(G0Set set, Func<char[]>? buildTable)
    {
        G0 = set;
        if (buildTable is not null)
        {
            table = new Lazy<char[]>(buildTable);
            reverse = new Lazy<FrozenDictionary<char, ushort>>(() => DoubleByteTables.Reverse(table.Value));
        }
    }

    public override G0Set G0 { get; }

    public override bool IsDoubleByteG0 => true;

    public override bool IsSupported => table is not null;

    public override int DecodeRun(ReadOnlySpan<byte> source, Span<char> destination, SearchValues<byte> stops, out int consumed)
    {
        var map = table?.Value;
        int read = 0;
        int written = 0;
        while (read < source.Length)
        {
            byte lead = source[read];
            if (lead < 0x21)
            {
                if (stops.Contains(lead))
                {
                    break;
                }

                destination[written++] = (char)lead;
                read++;
            }
            else if (lead <= 0x7E && read + 1 < source.Length && source[read + 1] is >= 0x21 and <= 0x7E)
            {
                destination[written++] = map is null
                    ? Replacement
                    : map[((lead - 0x21) * DoubleByteTables.Size) + (source[read + 1] - 0x21)];
                read += 2;
            }
            else
            {
                destination[written++] = Replacement;
                read++;
            }
        }

        consumed = read;
        return written;
    }

    public override int TryEncode(Rune rune, Span<byte> destination)
    {
        if (reverse is null || !rune.IsBmp || !reverse.Value.TryGetValue((char)rune.Value, out ushort index))
        {
            return 0;
        }

        destination[0] = (byte)(0x21 + (index / DoubleByteTables.Size));
        destination[1] = (byte)(0x21 + (index % DoubleByteTables.Size));
        return 2;
    }
}
