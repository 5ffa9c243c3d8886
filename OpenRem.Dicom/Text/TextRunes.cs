using System.Text;

namespace OpenRem.Dicom.Text;

/// <summary>Enumerates the Unicode scalar values of a string; a lone surrogate becomes '?'.</summary>
internal static class TextRunes
{
    private static readonly Rune QuestionMark = new('?');

    public static IEnumerable<Rune> Enumerate(string value)
    {
        int index = 0;
        while (index < value.Length)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(index), out var rune, out int used) == System.Buffers.OperationStatus.Done)
            {
                yield return rune;
            }
            else
            {
                yield return QuestionMark;
            }

            index += Math.Max(used, 1);
        }
    }
}
