using System.Diagnostics.CodeAnalysis;

namespace OpenRem.Dicom.Network;

/// <summary>
/// The Reason field of an A-ASSOCIATE-RJ PDU (PS3.8 Table 9-21). Its meaning depends on the source, so the
/// value is <c>source &lt;&lt; 4 | reason</c>; only the low four bits go on the wire.
/// </summary>
public enum DicomRejectReason : byte
{
    /// <summary>Service user: no reason given.</summary>
    NoReasonGiven = 0x11,

    /// <summary>Service user: application context name not supported.</summary>
    ApplicationContextNotSupported = 0x12,

    /// <summary>Service user: calling AE title not recognised.</summary>
    CallingAENotRecognized = 0x13,

    /// <summary>Service user: called AE title not recognised.</summary>
    CalledAENotRecognized = 0x17,

    /// <summary>Service provider (ACSE): no reason given.</summary>
    [SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "The member keeps the name the fo-dicom API gives it, so that code written against either reads the same.")]
    NoReasonGiven_ = 0x21,

    /// <summary>Service provider (ACSE): protocol version not supported.</summary>
    ProtocolVersionNotSupported = 0x22,

    /// <summary>Service provider (presentation): temporary congestion.</summary>
    TemporaryCongestion = 0x31,

    /// <summary>Service provider (presentation): local limit exceeded.</summary>
    LocalLimitExceeded = 0x32,
}
