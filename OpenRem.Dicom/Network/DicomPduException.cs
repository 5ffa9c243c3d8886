namespace OpenRem.Dicom.Network;

/// <summary>
/// A PDU that cannot be accepted: an unknown PDU type, a length that exceeds the configured limit,
/// a length field that runs past its container, or a parameter value the standard forbids.
/// <see cref="AbortReason"/> is the reason an association should give in the A-ABORT it sends in return.
/// </summary>
public class DicomPduException : DicomNetworkException
{
    public DicomPduException()
        : this("The PDU is not valid.")
    {
    }

    public DicomPduException(string message)
        : this(message, DicomAbortReason.InvalidPDUParameter)
    {
    }

    public DicomPduException(string message, Exception innerException)
        : base(message, innerException)
    {
        AbortReason = DicomAbortReason.InvalidPDUParameter;
    }

    public DicomPduException(string message, DicomAbortReason abortReason)
        : base(message)
    {
        AbortReason = abortReason;
    }

    /// <summary>The A-ABORT reason (source: service provider) that answers this error.</summary>
    public DicomAbortReason AbortReason { get; }
}
