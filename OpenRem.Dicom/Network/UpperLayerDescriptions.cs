using System.Globalization;

namespace OpenRem.Dicom.Network;

/// <summary>Human-readable descriptions of the upper layer's result, source and reason codes, for logs and error messages.</summary>
public static class UpperLayerDescriptions
{
    public static string GetDescription(this DicomRejectResult result) => result switch
    {
        DicomRejectResult.Permanent => "rejected permanently",
        DicomRejectResult.Transient => "rejected transiently",
        _ => Undefined("result", (byte)result),
    };

    public static string GetDescription(this DicomRejectSource source) => source switch
    {
        DicomRejectSource.ServiceUser => "the service user",
        DicomRejectSource.ServiceProviderACSE => "the service provider (ACSE)",
        DicomRejectSource.ServiceProviderPresentation => "the service provider (presentation)",
        _ => Undefined("source", (byte)source),
    };

    public static string GetDescription(this DicomRejectReason reason) => reason switch
    {
        DicomRejectReason.NoReasonGiven => "no reason given",
        DicomRejectReason.ApplicationContextNotSupported => "application context name not supported",
        DicomRejectReason.CallingAENotRecognized => "calling AE title not recognised",
        DicomRejectReason.CalledAENotRecognized => "called AE title not recognised",
        DicomRejectReason.NoReasonGiven_ => "no reason given",
        DicomRejectReason.ProtocolVersionNotSupported => "protocol version not supported",
        DicomRejectReason.TemporaryCongestion => "temporary congestion",
        DicomRejectReason.LocalLimitExceeded => "local limit exceeded",
        _ => Undefined("reason", (byte)((byte)reason & 0x0F)),
    };

    public static string GetDescription(this DicomAbortSource source) => source switch
    {
        DicomAbortSource.ServiceUser => "the service user",
        DicomAbortSource.ServiceProvider => "the service provider",
        _ => Undefined("source", (byte)source),
    };

    public static string GetDescription(this DicomAbortReason reason) => reason switch
    {
        DicomAbortReason.NotSpecified => "reason not specified",
        DicomAbortReason.UnrecognizedPDU => "unrecognised PDU",
        DicomAbortReason.UnexpectedPDU => "unexpected PDU",
        DicomAbortReason.UnrecognizedPDUParameter => "unrecognised PDU parameter",
        DicomAbortReason.UnexpectedPDUParameter => "unexpected PDU parameter",
        DicomAbortReason.InvalidPDUParameter => "invalid PDU parameter value",
        _ => Undefined("reason", (byte)reason),
    };

    public static string GetDescription(this DicomPresentationContextResult result) => result switch
    {
        DicomPresentationContextResult.Accept => "accepted",
        DicomPresentationContextResult.RejectUser => "rejected by the user",
        DicomPresentationContextResult.RejectNoReason => "rejected, no reason given",
        DicomPresentationContextResult.RejectAbstractSyntaxNotSupported => "abstract syntax not supported",
        DicomPresentationContextResult.RejectTransferSyntaxesNotSupported => "transfer syntaxes not supported",
        DicomPresentationContextResult.Proposed => "proposed, not yet answered",
        _ => Undefined("result", (byte)result),
    };

    private static string Undefined(string field, byte value) =>
        string.Create(CultureInfo.InvariantCulture, $"{field} {value} (not defined by the standard)");
}
