namespace OpenRem.Dicom.Text;

/// <summary>
/// An ISO 2022 escape sequence of PS3.3 Tables C.12-3 and C.12-4 and the repertoire it selects.
/// </summary>
internal sealed class EscapeSequence
{
    private EscapeSequence(string text, CharacterRepertoire repertoire)
    {
        Bytes = [0x1B, .. text.Select(character => (byte)character)];
        Repertoire = repertoire;
    }

    public byte[] Bytes { get; }

    public CharacterRepertoire Repertoire { get; }

    /// <summary>Readable form, e.g. "ESC $ ) C".</summary>
    public string Display => "ESC " + string.Join(' ', Bytes.Skip(1).Select(value => (char)value));

    /// <summary>
    /// Every escape sequence recognised in values. ESC - b (ISO-IR 203) is ISO 2022's final byte for
    /// ISO 8859-15; the others are the ones PS3.3 lists.
    /// </summary>
    public static IReadOnlyList<EscapeSequence> All { get; } =
    [
        new("(B", CharacterRepertoire.Default),
        new("-A", CharacterRepertoire.Latin1),
        new("-B", CharacterRepertoire.Latin2),
        new("-C", CharacterRepertoire.Latin3),
        new("-D", CharacterRepertoire.Latin4),
        new("-L", CharacterRepertoire.Cyrillic),
        new("-G", CharacterRepertoire.Arabic),
        new("-F", CharacterRepertoire.Greek),
        new("-H", CharacterRepertoire.Hebrew),
        new("-M", CharacterRepertoire.Latin5),
        new("-b", CharacterRepertoire.Latin9),
        new("-T", CharacterRepertoire.Thai),
        new(")I", CharacterRepertoire.JisX0201),
        new("(J", CharacterRepertoire.JisX0201),
        new("$B", CharacterRepertoire.JisX0208),
        new("$(D", CharacterRepertoire.JisX0212),
        new("$)C", CharacterRepertoire.KsX1001),
        new("$)A", CharacterRepertoire.Gb2312),
    ];

    /// <summary>
    /// The length of the escape sequence starting at <paramref name="value"/>[0]: four bytes after
    /// ESC $ ( and ESC $ ), three otherwise (ISO 2022 intermediate and final bytes).
    /// </summary>
    public static int LengthAt(ReadOnlySpan<byte> value) =>
        value.Length >= 3 && value[1] == (byte)'$' && value[2] is (byte)'(' or (byte)')' ? 4 : 3;
}
