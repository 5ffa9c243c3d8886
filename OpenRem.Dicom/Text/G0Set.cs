namespace OpenRem.Dicom.Text;

/// <summary>The graphic set designated to G0 (the bytes 0x21-0x7E) in ISO 2022 code extension.</summary>
internal enum G0Set
{
    /// <summary>ISO-IR 6 (ASCII), designated by ESC ( B.</summary>
    Ascii,

    /// <summary>ISO-IR 14, the romaji half of JIS X 0201, designated by ESC ( J.</summary>
    JisRoman,

    /// <summary>ISO-IR 87, JIS X 0208 kanji, designated by ESC $ B.</summary>
    JisX0208,

    /// <summary>ISO-IR 159, JIS X 0212 supplementary kanji, designated by ESC $ ( D.</summary>
    JisX0212,
}
