namespace OpenRem.Dicom.Network;

/// <summary>The Source field of an A-ABORT PDU (PS3.8 Table 9-26).</summary>
public enum DicomAbortSource : byte
{
    /// <summary>The DICOM UL service-user (the application asked for the abort).</summary>
    ServiceUser = 0,

    /// <summary>Reserved by the standard.</summary>
    Unknown = 1,

    /// <summary>The DICOM UL service-provider (the protocol machine detected an error).</summary>
    ServiceProvider = 2,
}
