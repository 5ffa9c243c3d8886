namespace OpenRem.Dicom.Network;

/// <summary>The Result/Reason field of a presentation context item in an A-ASSOCIATE-AC PDU (PS3.8 Table 9-18).</summary>
public enum DicomPresentationContextResult : byte
{
    /// <summary>Acceptance: the context may be used with the transfer syntax of the AC.</summary>
    Accept = 0,

    /// <summary>User rejection.</summary>
    RejectUser = 1,

    /// <summary>No reason (provider rejection).</summary>
    RejectNoReason = 2,

    /// <summary>Abstract syntax not supported (provider rejection).</summary>
    RejectAbstractSyntaxNotSupported = 3,

    /// <summary>Transfer syntaxes not supported (provider rejection).</summary>
    RejectTransferSyntaxesNotSupported = 4,

    /// <summary>Not a wire value: the context was proposed and has no answer yet.</summary>
    Proposed = 255,
}
