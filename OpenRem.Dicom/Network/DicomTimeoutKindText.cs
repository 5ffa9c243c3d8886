namespace OpenRem.Dicom.Network;

/// <summary>Names of the timeouts for messages.</summary>
public static class DicomTimeoutKindText
{
    public static string GetDescription(this DicomTimeoutKind kind) => kind switch
    {
        DicomTimeoutKind.Connect => "connect timeout",
        DicomTimeoutKind.AssociationRequest => "association request timeout",
        DicomTimeoutKind.DimseIdle => "DIMSE idle timeout",
        DicomTimeoutKind.MoveTotal => "total C-MOVE timeout",
        DicomTimeoutKind.CancelResponse => "C-CANCEL response timeout",
        DicomTimeoutKind.Release => "release timeout",
        _ => "timeout",
    };
}
