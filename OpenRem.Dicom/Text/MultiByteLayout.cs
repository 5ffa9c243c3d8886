namespace OpenRem.Dicom.Text;

/// <summary>How the characters of a multi-byte .NET encoding are laid out, to find character boundaries.</summary>
internal enum MultiByteLayout
{
    /// <summary>Bytes below 0x80 are always ASCII characters (UTF-8, single-byte code pages).</summary>
    AsciiTransparent,

    /// <summary>A byte 0x81-0xFE starts a two-byte character whose trail may be below 0x80 (GBK, Shift_JIS, Big5).</summary>
    TwoByteLead,

    /// <summary>GB18030: like <see cref="TwoByteLead"/>, plus four-byte characters whose second byte is a digit.</summary>
    Gb18030,
}
