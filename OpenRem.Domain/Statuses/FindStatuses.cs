namespace OpenRem.Domain.Statuses;

/// <summary>The meanings of C-FIND statuses (PS3.4 C.4.1.1.4 and the general codes).</summary>
public static class FindStatuses
{
    /// <summary>The class and meaning of a C-FIND status code; unknown codes read "Unknown status".</summary>
    public static StatusDescription Describe(ushort code) => GeneralStatuses.Describe(code, MeaningOf(code));

    private static string? MeaningOf(ushort code) => code switch
    {
        0xA700 => "Refused: Out of Resources",
        0xA900 => "Identifier Does Not Match SOP Class",
        >= 0xC000 and <= 0xCFFF => "Unable to Process",
        0xFE00 => "Matching terminated due to Cancel request",
        _ => GeneralStatuses.MeaningOf(code),
    };
}
