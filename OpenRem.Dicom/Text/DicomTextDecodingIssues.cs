namespace OpenRem.Dicom.Text;

/// <summary>What went wrong while decoding a text value; the decoder never throws for bad bytes.</summary>
[Flags]
public enum DicomTextDecodingIssues
{
    None = 0,

    /// <summary>Some bytes were not valid in the active character set and were replaced by U+FFFD.</summary>
    InvalidBytes = 1,

    /// <summary>
    /// An escape sequence was unknown or selects a character set that (0008,0005) does not declare;
    /// the ESC byte and what follows were decoded with the first character set.
    /// </summary>
    UnknownEscapeSequence = 2,

    /// <summary>
    /// The value switched to a character set this library cannot decode (JIS X 0212, ISO 2022 IR 159);
    /// its characters were replaced by U+FFFD.
    /// </summary>
    UnsupportedCharacterSet = 4,
}
