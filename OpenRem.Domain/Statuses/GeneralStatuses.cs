namespace OpenRem.Domain.Statuses;

/// <summary>The general DIMSE status codes any service may answer with (PS3.7 Annex C).</summary>
internal static class GeneralStatuses
{
    public static string? MeaningOf(ushort code) => code switch
    {
        0x0000 => "Success",
        0xFF00 => "Matches are continuing",
        0xFF01 => "Matches are continuing, but optional keys were not supported",
        0x0001 => "Requested optional attributes are not supported",
        0x0107 => "Attribute list error",
        0x0116 => "Attribute value out of range",
        0x0105 => "No such attribute",
        0x0106 => "Invalid attribute value",
        0x0110 => "Processing failure",
        0x0111 => "Duplicate SOP instance",
        0x0112 => "No such SOP instance",
        0x0117 => "Invalid object instance",
        0x0118 => "No such SOP class",
        0x0119 => "Class-instance conflict",
        0x0120 => "Missing attribute",
        0x0121 => "Missing attribute value",
        0x0122 => "Refused: SOP Class Not Supported",
        0x0124 => "Refused: Not Authorized",
        0x0210 => "Duplicate invocation",
        0x0211 => "Unrecognized operation",
        0x0212 => "Mistyped argument",
        0x0213 => "Resource limitation",
        _ => null,
    };

    public static StatusDescription Describe(ushort code, string? meaning)
    {
        var kind = StatusDescription.KindOf(code);
        return meaning is null
            ? new StatusDescription(code, kind, "Unknown", "Unknown status")
            : new StatusDescription(code, kind, kind.ToString(), meaning);
    }
}
