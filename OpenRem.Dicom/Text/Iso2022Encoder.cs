using System.Buffers;
using System.Text;

namespace OpenRem.Dicom.Text;

/// <summary>
/// Encodes text for a Specific Character Set with code extensions (PS3.5 6.1.2.5). Each
/// character goes to the set in use if it can take it, else to the first declared set that can,
/// preceded by the escape sequence designating that set. Before each delimiter and at the end of
/// the value, G0 returns to value 1's set (e.g. ESC ( B after kanji), as PS3.5 requires and its
/// Annex H-K examples show; G1 designations are repeated after a delimiter when needed again.
/// Characters no declared set can take become '?'.
/// </summary>
internal sealed class Iso2022Encoder
{
    private static readonly Rune QuestionMark = new('?');

    private readonly DicomCharacterSet characterSet;
    private readonly SearchValues<byte> delimiters;
    private readonly CharacterCodec initial;
    private readonly ArrayBufferWriter<byte> output;
    private G0Set g0;
    private CharacterCodec? g1;

    /// <summary>The set a decoder reading the output so far would be using.</summary>
    private CharacterCodec active;

    private Iso2022Encoder(DicomCharacterSet characterSet, SearchValues<byte> delimiters, int expectedLength)
    {
        this.characterSet = characterSet;
        this.delimiters = delimiters;
        initial = characterSet.InitialCodec;
        output = new ArrayBufferWriter<byte>(expectedLength + 16);
        active = initial;
        ResetToInitial();
    }

    public static byte[] Encode(string value, DicomCharacterSet characterSet, SearchValues<byte> delimiters)
    {
        var encoder = new Iso2022Encoder(characterSet, delimiters, value.Length * 2);
        foreach (var rune in TextRunes.Enumerate(value))
        {
            encoder.Append(rune);
        }

        encoder.ReturnToInitialG0();
        return encoder.output.WrittenSpan.ToArray();
    }

    private void Append(Rune rune)
    {
        if (rune.Value == TextDelimiters.Escape)
        {
            rune = QuestionMark;
        }

        if (rune.Value < 0x80 && delimiters.Contains((byte)rune.Value))
        {
            ReturnToInitialG0();
            ResetToInitial();
            output.Write([(byte)rune.Value]);
            return;
        }

        Span<byte> bytes = stackalloc byte[4];
        var codec = Choose(rune, bytes, out int count) ?? Choose(QuestionMark, bytes, out count) ?? initial;
        Designate(codec, isG1: !codec.IsDoubleByteG0 && bytes[0] >= 0x80);
        output.Write(bytes[..count]);
    }

    private CharacterCodec? Choose(Rune rune, Span<byte> bytes, out int count)
    {
        count = active.TryEncode(rune, bytes);
        if (count > 0)
        {
            return active;
        }

        foreach (var candidate in characterSet.EncodingCandidates)
        {
            count = candidate.TryEncode(rune, bytes);
            if (count > 0)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Writes the escape sequences that make <paramref name="codec"/> the set in use.</summary>
    private void Designate(CharacterCodec codec, bool isG1)
    {
        bool g0IsDoubleByte = g0 is G0Set.JisX0208 or G0Set.JisX0212;
        if ((!isG1 || g0IsDoubleByte) && g0 != codec.G0)
        {
            DesignateG0(codec.G0);
        }

        if (isG1 && g1 != codec && !codec.G1Designation.IsEmpty)
        {
            DesignateG1(codec);
        }

        if (active != codec)
        {
            if (codec.G1Designation.IsEmpty)
            {
                DesignateG0(codec.G0);
            }
            else
            {
                DesignateG1(codec);
            }

            active = codec;
        }
    }

    private void DesignateG0(G0Set set)
    {
        output.Write(Codecs.G0Designation(set));
        g0 = set;
        active = Codecs.ForG0(set);
    }

    private void DesignateG1(CharacterCodec codec)
    {
        output.Write(codec.G1Designation);
        g1 = codec;
        active = codec;
    }

    private void ReturnToInitialG0()
    {
        if (g0 != initial.G0)
        {
            DesignateG0(initial.G0);
        }
    }

    private void ResetToInitial()
    {
        g0 = initial.G0;
        g1 = initial.G1Designation.IsEmpty ? null : initial;
        active = initial;
    }
}
