using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace OpenRem.Dicom.Text;

/// <summary>
/// ASCII in G0 plus a 94 x 94 set in G1 (KS X 1001 by ESC $ ) C, GB 2312 by ESC $ ) A): the
/// EUC layout, where both bytes of a character are 0xA1-0xFE and never look like a delimiter.
/// </summary>
internal sealed class EucCodec : CharacterCodec
{
    private readonly Lazy<char[]> table;
    private readonly Lazy<FrozenDictionary<char, ushort>> reverse;
    private readonly byte[] g1Designation;

    public EucCodec(Func<char[]> buildTable, ReadOnlySpan<byte> g1Designation)
    {
        table = new Lazy<char[]>(buildTable);
        reverse = new Lazy<FrozenDictionary<char, ushort>>(() => DoubleByteTables.Reverse(table.Value));
        this.g1Designation = g1Designation.ToArray();
    }

    public override ReadOnlySpan<byte> G1Designation => g1Designation;

    public override int DecodeRun(ReadOnlySpan<byte> source, Span<char> destination, SearchValues<byte> stops, out int consumed)
    {
        int read = 0;
        int written = 0;
        while (read < source.Length)
        {
            byte lead = source[read];
            if (lead < 0x80)
            {
                if (stops.Contains(lead))
                {
                    break;
                }

                destination[written++] = (char)lead;
                read++;
            }
            else if (lead is >= 0xA1 and <= 0xFE && read + 1 < source.Length && source[read + 1] is >= 0xA1 and <= 0xFE)
            {
                destination[written++] = table.Value[((lead - 0xA1) * DoubleByteTables.Size) + (source[read + 1] - 0xA1)];
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

    public override string DecodeAll(ReadOnlySpan<byte> source) =>
        Ascii.IsValid(source) ? Encoding.ASCII.GetString(source) : base.DecodeAll(source);

    public override int TryEncode(Rune rune, Span<byte> destination)
    {
        if (rune.Value < 0x80)
        {
            destination[0] = (byte)rune.Value;
            return 1;
        }

        if (!rune.IsBmp || !reverse.Value.TryGetValue((char)rune.Value, out ushort index))
        {
            return 0;
        }

        destination[0] = (byte)(0xA1 + (index / DoubleByteTables.Size));
        destination[1] = (byte)(0xA1 + (index % DoubleByteTables.Size));
        return 2;
    }
}
