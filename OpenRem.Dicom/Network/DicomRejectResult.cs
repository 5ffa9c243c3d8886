namespace OpenRem.Dicom.Network;

/// <summary>The Result field of an A-ASSOCIATE-RJ PDU (PS3.8 Table 9-21).</summary>
public enum DicomRejectResult : byte
{
    /// <summary>Rejected permanently: trying again will not help.</summary>
    Permanent = 1,

    /// <summary>Rejected transiently: the same request may succeed later.</summary>
    Transient = 2,
}
