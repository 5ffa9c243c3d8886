using System.Buffers;
using System.Text;

namespace OpenRem.Dicom.Text;

/// <summary>
/// JIS X 0201 (ISO-IR 13): romaji in G0 (ESC ( J; 0x5C and 0x7E are read as '\' and '~') and
/// half-width katakana 0xA1-0xDF in G1 (ESC ) I). Shift_JIS double-byte characters, which some
/// writers put in ISO_IR 13 values, are read through the JIS X 0208 table rather than rejected.
/// </summary>
internal sealed class JisX0201Codec : CharacterCodec
{
    private const int KatakanaBase = 0xFF61;

    private JisX0201Codec()
    {
    }

    public static JisX0201Codec Instance { get; } = new();

    public override G0Set G0 => G0Set.JisRoman;

    public override ReadOnlySpan<byte> G1Designation => "\e)I"u8;

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
            else if (lead is >= 0xA1 and <= 0xDF)
            {
                destination[written++] = (char)(KatakanaBase + (lead - 0xA1));
                read++;
            }
            else if (IsShiftJisLead(lead) && read + 1 < source.Length && IsShiftJisTrail(source[read + 1]))
            {
                destination[written++] = DecodeShiftJis(lead, source[read + 1]);
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

        if (rune.Value is >= KatakanaBase and <= KatakanaBase + (0xDF - 0xA1))
        {
            destination[0] = (byte)(0xA1 + (rune.Value - KatakanaBase));
            return 1;
        }

        return 0;
    }

    private static bool IsShiftJisLead(byte value) => value is (>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC);

    private static bool IsShiftJisTrail(byte value) => value is (>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFC);

    /// <summary>Converts a Shift_JIS pair to its JIS X 0208 row and cell and looks it up.</summary>
    private static char DecodeShiftJis(byte lead, byte trail)
    {
        int adjustedLead = lead >= 0xE0 ? lead - 0x40 : lead;
        int row = ((adjustedLead - 0x81) * 2) + (trail >= 0x9F ? 1 : 0);
        int cell = trail >= 0x9F ? trail - 0x9F : trail - 0x40 - (trail >= 0x80 ? 1 : 0);
        return row < DoubleByteTables.Size
            ? DoubleByteTables.JisX0208[(row * DoubleByteTables.Size) + cell]
            : Replacement;
    }
}
