namespace OpenRem.Dicom.Network;

/// <summary>The Command Field (0000,0100) of a DIMSE command set (PS3.7 §9.3, §E.1). A response is its request's value with bit 15 set.</summary>
public enum DicomCommandField : ushort
{
    CStoreRequest = 0x0001,
    CStoreResponse = 0x8001,
    CGetRequest = 0x0010,
    CGetResponse = 0x8010,
    CFindRequest = 0x0020,
    CFindResponse = 0x8020,
    CMoveRequest = 0x0021,
    CMoveResponse = 0x8021,
    CEchoRequest = 0x0030,
    CEchoResponse = 0x8030,
    CCancelRequest = 0x0FFF,
}
