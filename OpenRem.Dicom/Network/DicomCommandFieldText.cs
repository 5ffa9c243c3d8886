namespace OpenRem.Dicom.Network;

/// <summary>The standard's names of the command fields, such as "C-FIND-RQ".</summary>
public static class DicomCommandFieldText
{
    public static string GetDescription(this DicomCommandField field) => field switch
    {
        DicomCommandField.CStoreRequest => "C-STORE-RQ",
        DicomCommandField.CStoreResponse => "C-STORE-RSP",
        DicomCommandField.CGetRequest => "C-GET-RQ",
        DicomCommandField.CGetResponse => "C-GET-RSP",
        DicomCommandField.CFindRequest => "C-FIND-RQ",
        DicomCommandField.CFindResponse => "C-FIND-RSP",
        DicomCommandField.CMoveRequest => "C-MOVE-RQ",
        DicomCommandField.CMoveResponse => "C-MOVE-RSP",
        DicomCommandField.CEchoRequest => "C-ECHO-RQ",
        DicomCommandField.CEchoResponse => "C-ECHO-RSP",
        DicomCommandField.CCancelRequest => "C-CANCEL-RQ",
        _ => $"command 0x{(ushort)field:X4}",
    };

    /// <summary>True for the response command fields (bit 15 set).</summary>
    public static bool IsResponse(this DicomCommandField field) => ((ushort)field & 0x8000) != 0;
}
