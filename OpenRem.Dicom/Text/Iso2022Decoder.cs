using System.Buffers;

namespace OpenRem.Dicom.Text;

/// <summary>
/// Decodes a value that contains escape sequences (PS3.5 6.1.2.5). The value starts in the set of
/// value 1; a declared escape sequence switches to its set until the next escape sequence or
/// delimiter, where value 1's set is active again. An escape sequence that is unknown or not
/// declared is kept as text (ESC and the following bytes decoded with value 1's set).
/// </summary>
internal static class Iso2022Decoder
{
    private const int StackBufferLength = 256;

    public static string Decode(ReadOnlySpan<byte> value, DicomCharacterSet characterSet, SearchValues<byte> stops, ref DicomTextDecodingIssues issues)
    {
        int capacity = (value.Length * 2) + 2;
        char[]? rented = null;
        Span<char> buffer = capacity <= StackBufferLength
            ? stackalloc char[StackBufferLength]
            : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            int written = DecodeInto(value, buffer, characterSet, stops, ref issues);
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

    private static int DecodeInto(ReadOnlySpan<byte> value, Span<char> buffer, DicomCharacterSet characterSet, SearchValues<byte> stops, ref DicomTextDecodingIssues issues)
    {
        var initial = characterSet.InitialCodec;
        var active = initial;
        int read = 0;
        int written = 0;
        while (true)
        {
            written += active.DecodeRun(value[read..], buffer[written..], stops, out int consumed);
            read += consumed;
            if (read >= value.Length)
            {
                return written;
            }

            byte stop = value[read];
            if (stop == TextDelimiters.Escape && characterSet.TryGetEscape(value[read..], out var selected, out int length))
            {
                active = selected;
                read += length;
                if (!selected.IsSupported)
                {
                    issues |= DicomTextDecodingIssues.UnsupportedCharacterSet;
                }

                continue;
            }

            if (stop == TextDelimiters.Escape)
            {
                issues |= DicomTextDecodingIssues.UnknownEscapeSequence;
            }

            // A delimiter, or the ESC of an unusable escape sequence: ASCII in every set of value 1.
            buffer[written++] = (char)stop;
            read++;
            active = initial;
        }
    }
}
