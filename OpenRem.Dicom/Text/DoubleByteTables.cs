using System.Collections.Frozen;
using System.Globalization;

namespace OpenRem.Dicom.Text;

/// <summary>
/// The 94 x 94 two-byte sets, indexed by (row - 0x21) * 94 + (cell - 0x21), read once from the
/// EUC form of a .NET code page (both bytes with the high bit set). Undefined and private-use
/// positions hold U+FFFD.
/// </summary>
internal static class DoubleByteTables
{
    public const int Size = 94;

    private const char Undefined = '\uFFFD';

    private static readonly Lazy<char[]> JisX0208Table = new(() => FromEuc(20932));

    // Code page 949 (rather than 51949, which maps 0xB4D3 to the wrong syllable) restricted to KS X 1001.
    private static readonly Lazy<char[]> KsX1001Table = new(() => FromEuc(949));

    // Code page 20936 lacks 0x212C DOUBLE VERTICAL LINE.
    private static readonly Lazy<char[]> Gb2312Table = new(() => Correct(FromEuc(20936), 0x21, 0x2C, '\u2016'));

    /// <summary>JIS X 0208 (ISO-IR 87), from EUC-JP.</summary>
    public static char[] JisX0208 => JisX0208Table.Value;

    /// <summary>KS X 1001 (ISO-IR 149), from EUC-KR.</summary>
    public static char[] KsX1001 => KsX1001Table.Value;

    /// <summary>GB 2312 (ISO-IR 58), from EUC-CN.</summary>
    public static char[] Gb2312 => Gb2312Table.Value;

    public static FrozenDictionary<char, ushort> Reverse(char[] table)
    {
        var map = new Dictionary<char, ushort>();
        for (int index = 0; index < table.Length; index++)
        {
            if (table[index] != Undefined)
            {
                map.TryAdd(table[index], (ushort)index);
            }
        }

        return map.ToFrozenDictionary();
    }

    private static char[] FromEuc(int codePage)
    {
        var encoding = CodePages.Get(codePage);
        var table = new char[Size * Size];
        Span<byte> pair = stackalloc byte[2];
        Span<char> chars = stackalloc char[4];
        for (int row = 0; row < Size; row++)
        {
            for (int cell = 0; cell < Size; cell++)
            {
                pair[0] = (byte)(0xA1 + row);
                pair[1] = (byte)(0xA1 + cell);
                int count = encoding.GetChars(pair, chars);
                char character = count == 1 ? chars[0] : Undefined;
                table[(row * Size) + cell] = char.GetUnicodeCategory(character) == UnicodeCategory.PrivateUse ? Undefined : character;
            }
        }

        return table;
    }

    private static char[] Correct(char[] table, int row, int cell, char character)
    {
        table[((row - 0x21) * Size) + (cell - 0x21)] = character;
        return table;
    }
}
