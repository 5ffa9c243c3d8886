namespace OpenRem.Dicom.Text;

/// <summary>
/// The character repertoires a Specific Character Set term can select. Two terms that name the
/// same repertoire (e.g. "ISO_IR 100" and "ISO 2022 IR 100") decode identically, and an escape
/// sequence is honoured when its repertoire is among the declared terms.
/// </summary>
internal enum CharacterRepertoire
{
    /// <summary>ISO-IR 6 (ASCII); bytes 0x80-0xFF are read as ISO 8859-1, as common readers do.</summary>
    Default,
    Latin1,
    Latin2,
    Latin3,
    Latin4,
    Cyrillic,
    Arabic,
    Greek,
    Hebrew,
    Latin5,
    Latin9,
    Thai,
    JisX0201,
    JisX0208,
    JisX0212,
    KsX1001,
    Gb2312,
    Utf8,
    Gb18030,
    Gbk,

    /// <summary>A non-DICOM encoding name that .NET recognises (accepted with a warning).</summary>
    Other,
}
