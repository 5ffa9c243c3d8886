namespace OpenRem.Dicom.Network;

/// <summary>The code strings of <see cref="DicomQueryRetrieveLevel"/> as they appear in (0008,0052).</summary>
public static class DicomQueryRetrieveLevelText
{
    public static string ToCodeString(this DicomQueryRetrieveLevel level) => level switch
    {
        DicomQueryRetrieveLevel.Patient => "PATIENT",
        DicomQueryRetrieveLevel.Study => "STUDY",
        DicomQueryRetrieveLevel.Series => "SERIES",
        DicomQueryRetrieveLevel.Image => "IMAGE",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a query/retrieve level."),
    };

    /// <summary>Parses "PATIENT", "STUDY", "SERIES" or "IMAGE" (case-insensitive, padding ignored).</summary>
    public static bool TryParse(string? text, out DicomQueryRetrieveLevel level)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "PATIENT":
                level = DicomQueryRetrieveLevel.Patient;
                return true;
            case "STUDY":
                level = DicomQueryRetrieveLevel.Study;
                return true;
            case "SERIES":
                level = DicomQueryRetrieveLevel.Series;
                return true;
            case "IMAGE":
                level = DicomQueryRetrieveLevel.Image;
                return true;
            default:
                level = default;
                return false;
        }
    }
}
