using System.Buffers;
using System.Text;

namespace OpenRem.Dicom.Text;

/// <summary>
/// A character set taken whole from a .NET <see cref="Encoding"/>: UTF-8, GB18030, GBK, or an
/// encoding named by a non-DICOM term. None of them can be combined with code extensions.
/// </summary>
internal sealed class EncodingCodec : CharacterCodec
{
    private readonly Lazy<Encoding> decoding;
    private readonly Lazy<Encoding> strict;
    private readonly Lazy<Encoding> lenient;
    private readonly MultiByteLayout layout;

    private EncodingCodec(Func<Encoding> decoding, Func<Encoding> encoding, Func<Encoding> encodingWithQuestionMarks, MultiByteLayout layout)
    {
        this.decoding = new Lazy<Encoding>(decoding);
        strict = new Lazy<Encoding>(encoding);
        lenient = new Lazy<Encoding>(encodingWithQuestionMarks);
        this.layout = layout;
    }

    public static EncodingCodec ForCodePage(int codePage, MultiByteLayout layout) =>
        new(() => CodePages.Get(codePage), () => CodePages.Get(codePage), () => CodePages.GetWithQuestionMarks(codePage), layout);

    /// <summary>
    /// GBK, written with code page 936 but read with the GB18030 decoder: every valid GBK pair
    /// decodes the same, while the Windows additions of code page 936 (0x80 as the euro sign,
    /// 0xFF) are rejected as GBK itself does.
    /// </summary>
    public static EncodingCodec Gbk() =>
        new(() => CodePages.Get(54936), () => CodePages.Get(936), () => CodePages.GetWithQuestionMarks(936), MultiByteLayout.Gb18030);

    /// <summary>UTF-8; invalid input decodes as U+FFFD (one per maximal invalid sequence).</summary>
    public static EncodingCodec Utf8() =>
        new(() => new UTF8Encoding(false, false), () => new UTF8Encoding(false, false), () => new UTF8Encoding(false, false), MultiByteLayout.AsciiTransparent);

    public override int DecodeRun(ReadOnlySpan<byte> source, Span<char> destination, SearchValues<byte> stops, out int consumed)
    {
        consumed = layout == MultiByteLayout.AsciiTransparent ? EndOfAsciiTransparentRun(source, stops) : EndOfRun(source, stops);
        return decoding.Value.GetChars(source[..consumed], destination);
    }

    public override int MaxCharCount(int byteCount) => decoding.Value.GetMaxCharCount(byteCount);

    public override string DecodeAll(ReadOnlySpan<byte> source) => decoding.Value.GetString(source);

    public override int TryEncode(Rune rune, Span<byte> destination)
    {
        Span<char> chars = stackalloc char[2];
        int length = rune.EncodeToUtf16(chars);
        return strict.Value.GetBytes(chars[..length], destination);
    }

    /// <remarks>Text with surrogate pairs goes character by character, so that one '?' stands for one character.</remarks>
    public override byte[] EncodeAll(string value) =>
        value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 ? lenient.Value.GetBytes(value) : base.EncodeAll(value);

    private static int EndOfAsciiTransparentRun(ReadOnlySpan<byte> source, SearchValues<byte> stops)
    {
        int end = source.IndexOfAny(stops);
        return end < 0 ? source.Length : end;
    }

    private int EndOfRun(ReadOnlySpan<byte> source, SearchValues<byte> stops)
    {
        int index = 0;
        while (index < source.Length)
        {
            byte lead = source[index];
            if (lead < 0x80)
            {
                if (stops.Contains(lead))
                {
                    return index;
                }

                index++;
            }
            else if (lead is >= 0x81 and <= 0xFE)
            {
                bool fourBytes = layout == MultiByteLayout.Gb18030 && index + 1 < source.Length && source[index + 1] is >= 0x30 and <= 0x39;
                index += fourBytes ? 4 : 2;
            }
            else
            {
                index++;
            }
        }

        return Math.Min(index, source.Length);
    }
}
