using System.Buffers;
using System.Text;

namespace OpenRem.Dicom.Text;

/// <summary>
/// Decodes and encodes the bytes of one character repertoire. Decoding works in runs: a run ends
/// at the end of the input or at a stop byte (ESC or a delimiter) found at a character boundary,
/// so a trail byte that happens to equal a delimiter never ends a run.
/// </summary>
internal abstract class CharacterCodec
{
    protected const char Replacement = '\uFFFD';

    private const int StackBufferLength = 256;

    protected static SearchValues<byte> NoStops { get; } = SearchValues.Create(ReadOnlySpan<byte>.Empty);

    /// <summary>The G0 set this codec reads bytes 0x21-0x7E with.</summary>
    public virtual G0Set G0 => G0Set.Ascii;

    /// <summary>The escape sequence designating this codec's set to G1 (bytes 0xA1-0xFE), or empty.</summary>
    public virtual ReadOnlySpan<byte> G1Designation => default;

    /// <summary>True for the two-byte sets designated to G0 (JIS X 0208, JIS X 0212).</summary>
    public virtual bool IsDoubleByteG0 => false;

    /// <summary>False when this library has no mapping for the set and decodes it as U+FFFD.</summary>
    public virtual bool IsSupported => true;

    /// <summary>
    /// Decodes from the start of <paramref name="source"/> until its end or until a byte in
    /// <paramref name="stops"/> starts a character. Returns the number of chars written.
    /// </summary>
    public abstract int DecodeRun(ReadOnlySpan<byte> source, Span<char> destination, SearchValues<byte> stops, out int consumed);

    /// <summary>The most chars <see cref="DecodeRun"/> can write for <paramref name="byteCount"/> bytes.</summary>
    public virtual int MaxCharCount(int byteCount) => byteCount;

    /// <summary>Decodes a whole value that contains no escape sequence.</summary>
    public virtual string DecodeAll(ReadOnlySpan<byte> source)
    {
        int capacity = MaxCharCount(source.Length);
        char[]? rented = null;
        Span<char> buffer = capacity <= StackBufferLength
            ? stackalloc char[StackBufferLength]
            : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            int written = DecodeRun(source, buffer, NoStops, out _);
            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Writes the bytes of one character (at most four) and returns their number, or 0 when the
    /// character is not in this repertoire.
    /// </summary>
    public abstract int TryEncode(Rune rune, Span<byte> destination);

    /// <summary>Encodes a value without code extensions; characters outside the repertoire become '?'.</summary>
    public virtual byte[] EncodeAll(string value)
    {
        var output = new ArrayBufferWriter<byte>(value.Length + 8);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in TextRunes.Enumerate(value))
        {
            int count = TryEncode(rune, bytes);
            if (count == 0)
            {
                bytes[0] = (byte)'?';
                count = 1;
            }

            output.Write(bytes[..count]);
        }

        return output.WrittenSpan.ToArray();
    }
}
