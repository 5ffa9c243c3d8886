namespace OpenRem.Domain.Statuses;

/// <summary>The meanings of C-MOVE statuses (PS3.4 C.4.2.1.5 and the general codes).</summary>
public static class MoveStatuses
{
    /// <summary>The class and meaning of a C-MOVE status code; unknown codes read "Unknown status".</summary>
    public static StatusDescription Describe(ushort code) => GeneralStatuses.Describe(code, MeaningOf(code));

    private static string? MeaningOf(ushort code) => code switch
    {
        0xA701 => "Refused: Out of resources, unable to calculate number of matches",
        0xA702 => "Refused: Out of resources, unable to perform sub-operations",
        0xA801 => "Move destination unknown",
        0xA900 => "Identifier does not match SOP class",
        0xAA00 => "None of the frames requested were found in the SOP instance",
        0xAA01 => "Unable to create new object for this SOP class",
        0xAA02 => "Unable to extract frames",
        0xAA03 => "Time-based request received for a non-time-based original SOP instance",
        0xAA04 => "Invalid request",
        0xB000 => "Sub-operations completed, one or more failures",
        >= 0xC000 and <= 0xCFFF => "Unable to Process",
        0xFE00 => "Sub-operations terminated due to Cancel indication",
        _ => GeneralStatuses.MeaningOf(code),
    };
}
