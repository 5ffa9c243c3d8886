namespace OpenRem.Dicom.Text;

/// <summary>One shared codec per character repertoire; their tables load on first use.</summary>
internal static class Codecs
{
    public static CharacterCodec DefaultRepertoire => Latin1Codec.DefaultRepertoire;

    public static CharacterCodec Latin1 => Latin1Codec.Latin1;

    public static CharacterCodec Latin2 { get; } = new SingleByteCodec(() => SingleByteTables.FromCodePage(28592), "\e-B"u8);

    public static CharacterCodec Latin3 { get; } = new SingleByteCodec(() => SingleByteTables.FromCodePage(28593), "\e-C"u8);

    public static CharacterCodec Latin4 { get; } = new SingleByteCodec(() => SingleByteTables.FromCodePage(28594), "\e-D"u8);

    public static CharacterCodec Cyrillic { get; } = new SingleByteCodec(() => SingleByteTables.FromCodePage(28595), "\e-L"u8);

    public static CharacterCodec Arabic { get; } = new SingleByteCodec(() => SingleByteTables.FromCodePage(28596), "\e-G"u8);

    public static CharacterCodec Greek { get; } = new SingleByteCodec(SingleByteTables.Greek, "\e-F"u8);

    public static CharacterCodec Hebrew { get; } = new SingleByteCodec(SingleByteTables.Hebrew, "\e-H"u8);

    public static CharacterCodec Latin5 { get; } = new SingleByteCodec(() => SingleByteTables.FromCodePage(28599), "\e-M"u8);

    public static CharacterCodec Latin9 { get; } = new SingleByteCodec(() => SingleByteTables.FromCodePage(28605), "\e-b"u8);

    public static CharacterCodec Thai { get; } = new SingleByteCodec(SingleByteTables.Thai, "\e-T"u8);

    public static CharacterCodec JisX0201 => JisX0201Codec.Instance;

    /// <summary>What an ISO 2022 two-byte G0 term (IR 87, IR 159) decodes as value 1: ASCII only.</summary>
    public static CharacterCodec AsciiOnly { get; } = new SingleByteCodec(SingleByteTables.AsciiOnly, default);

    public static CharacterCodec JisX0208 { get; } = new DoubleByteG0Codec(G0Set.JisX0208, () => DoubleByteTables.JisX0208);

    /// <summary>JIS X 0212 has no .NET mapping: its characters decode as U+FFFD and cannot be encoded.</summary>
    public static CharacterCodec JisX0212 { get; } = new DoubleByteG0Codec(G0Set.JisX0212, buildTable: null);

    public static CharacterCodec KsX1001 { get; } = new EucCodec(() => DoubleByteTables.KsX1001, "\e$)C"u8);

    public static CharacterCodec Gb2312 { get; } = new EucCodec(() => DoubleByteTables.Gb2312, "\e$)A"u8);

    public static CharacterCodec Utf8 { get; } = EncodingCodec.Utf8();

    public static CharacterCodec Gb18030 { get; } = EncodingCodec.ForCodePage(54936, MultiByteLayout.Gb18030);

    public static CharacterCodec Gbk { get; } = EncodingCodec.Gbk();

    /// <summary>The codec a decoder switches to when it reads the escape sequence designating <paramref name="set"/>.</summary>
    public static CharacterCodec ForG0(G0Set set) => set switch
    {
        G0Set.JisRoman => JisX0201,
        G0Set.JisX0208 => JisX0208,
        G0Set.JisX0212 => JisX0212,
        _ => DefaultRepertoire,
    };

    /// <summary>The escape sequence designating <paramref name="set"/> to G0.</summary>
    public static ReadOnlySpan<byte> G0Designation(G0Set set) => set switch
    {
        G0Set.JisRoman => "\e(J"u8,
        G0Set.JisX0208 => "\e$B"u8,
        G0Set.JisX0212 => "\e$(D"u8,
        _ => "\e(B"u8,
    };
}
