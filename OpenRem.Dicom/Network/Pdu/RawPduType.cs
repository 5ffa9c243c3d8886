namespace OpenRem.Dicom.Network.Pdu;

/// <summary>The PDU-type byte of the upper layer's PDU header (PS3.8 §9.3.1).</summary>
public enum RawPduType : byte
{
    AAssociateRQ = 0x01,
    AAssociateAC = 0x02,
    AAssociateRJ = 0x03,
    PDataTF = 0x04,
    AReleaseRQ = 0x05,
    AReleaseRP = 0x06,
    AAbort = 0x07,
}
