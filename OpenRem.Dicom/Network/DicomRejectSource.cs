namespace OpenRem.Dicom.Network;

/// <summary>The Source field of an A-ASSOCIATE-RJ PDU (PS3.8 Table 9-21).</summary>
public enum DicomRejectSource : byte
{
    /// <summary>The called application (DICOM UL service-user).</summary>
    ServiceUser = 1,

    /// <summary>The upper layer's ACSE-related function (DICOM UL service-provider).</summary>
    ServiceProviderACSE = 2,

    /// <summary>The upper layer's presentation-related function (DICOM UL service-provider).</summary>
    ServiceProviderPresentation = 3,
}
