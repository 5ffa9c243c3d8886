using System.Buffers;

namespace OpenRem.Dicom.Text;

/// <summary>
/// The bytes at which an ISO 2022 decoder returns to the character set of value 1 (PS3.5
/// 6.1.2.5.3), together with ESC, which starts an escape sequence. Person names reset at the
/// component, group and value delimiters '^', '=' and '\'; other text at CR, LF, TAB and FF,
/// and multi-valued text also at '\'.
/// </summary>
internal static class TextDelimiters
{
    public const byte Escape = 0x1B;

    public static SearchValues<byte> PersonName { get; } = SearchValues.Create("\e^=\\"u8);

    public static SearchValues<byte> MultiValuedText { get; } = SearchValues.Create("\e\\\r\n\t\f"u8);

    public static SearchValues<byte> SingleValuedText { get; } = SearchValues.Create("\e\r\n\t\f"u8);

    public static SearchValues<byte> For(DicomVR vr)
    {
        if (vr == DicomVR.PN)
        {
            return PersonName;
        }

        return vr.IsMultiValue ? MultiValuedText : SingleValuedText;
    }
}
