using System.Buffers;
using System.Text;

namespace OpenRem.Dicom.Text;

/// <summary>
/// ISO 8859-1, either as the default repertoire (ISO-IR 6, where bytes 0x80-0xFF are read as
/// Latin-1 like common readers do) or as ISO-IR 100 designated to G1 by ESC - A.
/// </summary>
internal sealed class Latin1Codec : CharacterCodec
{
    private readonly bool designatesG1;

    private Latin1Codec(bool designatesG1) => this.designatesG1 = designatesG1;

    /// <summary>The default repertoire; selected by ESC ( B.</summary>
    public static Latin1Codec DefaultRepertoire { get; } = new(designatesG1: false);

    /// <summary>ISO-IR 100; selected by ESC - A.</summary>
    public static Latin1Codec Latin1 { get; } = new(designatesG1: true);

    public override ReadOnlySpan<byte> G1Designation => designatesG1 ? "\e-A"u8 : default;

    public override int DecodeRun(ReadOnlySpan<byte> source, Span<char> destination, SearchValues<byte> stops, out int consumed)
    {
        int end = source.IndexOfAny(stops);
        consumed = end < 0 ? source.Length : end;
        return Encoding.Latin1.GetChars(source[..consumed], destination);
    }

    public override string DecodeAll(ReadOnlySpan<byte> source) => Encoding.Latin1.GetString(source);

    public override int TryEncode(Rune rune, Span<byte> destination)
    {
        if (rune.Value > 0xFF)
        {
            return 0;
        }

        destination[0] = (byte)rune.Value;
        return 1;
    }

    /// <remarks>Text with surrogate pairs goes character by character, so that one '?' stands for one character.</remarks>
    public override byte[] EncodeAll(string value) =>
        value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 ? Encoding.Latin1.GetBytes(value) : base.EncodeAll(value);
}
