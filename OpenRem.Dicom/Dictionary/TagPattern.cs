namespace OpenRem.Dicom;

/// <summary>
/// A tag written as eight hex digits in which 'x' stands for any digit ("60xx3000", "1000xxx0",
/// "0029xx10"). Matching is nibble by nibble.
/// </summary>
internal readonly struct TagPattern
{
    private TagPattern(string text, uint value, uint mask)
    {
        Text = text;
        Value = value;
        Mask = mask;
    }

    /// <summary>The pattern as written, with upper-case hex digits and lower-case 'x'.</summary>
    public string Text { get; }

    /// <summary>The fixed digits; 'x' nibbles are 0. This is also the first tag the pattern matches.</summary>
    public uint Value { get; }

    /// <summary>0xF for each fixed nibble, 0x0 for each 'x'.</summary>
    public uint Mask { get; }

    public bool HasWildcards => Mask != uint.MaxValue;

    public bool Matches(uint tag) => (tag & Mask) == Value;

    /// <summary>Reads eight ASCII characters, each a hex digit or 'x'/'X'.</summary>
    public static TagPattern Parse(ReadOnlySpan<byte> text)
    {
        if (text.Length != 8)
        {
            throw new FormatException($"A tag pattern has 8 characters, not {text.Length}.");
        }

        uint value = 0, mask = 0;
        Span<char> normalized = stackalloc char[8];
        for (var i = 0; i < 8; i++)
        {
            var c = (char)text[i];
            value <<= 4;
            mask <<= 4;
            if (c is 'x' or 'X')
            {
                normalized[i] = 'x';
                continue;
            }

            var digit = HexDigit(c);
            if (digit < 0)
            {
                throw new FormatException($"'{c}' is neither a hex digit nor 'x' in a tag pattern.");
            }

            value |= (uint)digit;
            mask |= 0xF;
            normalized[i] = char.ToUpperInvariant(c);
        }

        return new TagPattern(new string(normalized), value, mask);
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
