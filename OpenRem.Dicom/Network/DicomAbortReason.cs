namespace OpenRem.Dicom.Network;

/// <summary>The Reason field of an A-ABORT PDU (PS3.8 Table 9-26); meaningful only when the source is the service provider.</summary>
public enum DicomAbortReason : byte
{
    /// <summary>Reason not specified.</summary>
    NotSpecified = 0,

    /// <summary>Unrecognised PDU (an unknown PDU type).</summary>
    UnrecognizedPDU = 1,

    /// <summary>Unexpected PDU (a known PDU in the wrong state).</summary>
    UnexpectedPDU = 2,

    /// <summary>Unrecognised PDU parameter.</summary>
    UnrecognizedPDUParameter = 4,

    /// <summary>Unexpected PDU parameter.</summary>
    UnexpectedPDUParameter = 5,

    /// <summary>Invalid PDU parameter value (bad lengths, forbidden values).</summary>
    InvalidPDUParameter = 6,
}
