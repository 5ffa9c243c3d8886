using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace OpenRem.Dicom.Text;

/// <summary>
/// A single-byte character set given by a 256-entry table (U+FFFD marks an undefined byte).
/// Bytes 0x00-0x7F are ASCII in every table used here, which the ASCII fast path relies on.
/// </summary>
internal sealed class SingleByteCodec : CharacterCodec
{
    private readonly Lazy<char[]> table;
    private readonly Lazy<FrozenDictionary<char, byte>> reverse;
    private readonly byte[] g1Designation;

    public SingleByteCodec(Func<char[]> buildTable, ReadOnlySpan<byte> g1Designation)
    {
        table = new Lazy<char[]>(buildTable);
        reverse = new Lazy<FrozenDictionary<char, byte>>(BuildReverse);
        this.g1Designation = g1Designation.ToArray();
    }

    public override ReadOnlySpan<byte> G1Designation => g1Designation;

    public override int DecodeRun(ReadOnlySpan<byte> source, Span<char> destination, SearchValues<byte> stops, out int consumed)
    {
        int end = source.IndexOfAny(stops);
        consumed = end < 0 ? source.Length : end;
        Map(source[..consumed], destination, table.Value);
        return consumed;
    }

    public override string DecodeAll(ReadOnlySpan<byte> source)
    {
        if (Ascii.IsValid(source))
        {
            return Encoding.ASCII.GetString(source);
        }

        return string.Create(source.Length, new TableState(source, table.Value), static (chars, state) => Map(state.Source, chars, state.Table));
    }

    public override int TryEncode(Rune rune, Span<byte> destination)
    {
        if (rune.Value < 0x80)
        {
            destination[0] = (byte)rune.Value;
            return 1;
        }

        if (rune.IsBmp && reverse.Value.TryGetValue((char)rune.Value, out byte encoded))
        {
            destination[0] = encoded;
            return 1;
        }

        return 0;
    }

    private static void Map(ReadOnlySpan<byte> source, Span<char> destination, char[] map)
    {
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = map[source[i]];
        }
    }

    private FrozenDictionary<char, byte> BuildReverse()
    {
        var map = new Dictionary<char, byte>();
        var chars = table.Value;
        for (int b = 0x80; b < chars.Length; b++)
        {
            if (chars[b] != Replacement)
            {
                map.TryAdd(chars[b], (byte)b);
            }
        }

        return map.ToFrozenDictionary();
    }

    private readonly ref struct TableState(ReadOnlySpan<byte> source, char[] table)
    {
        public ReadOnlySpan<byte> Source { get; } = source;

        public char[] Table { get; } = table;
    }
}
