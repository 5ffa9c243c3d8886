namespace OpenRem.Dicom.Network;

/// <summary>The association ended with an A-ABORT, sent by the peer or by this side.</summary>
public class DicomAssociationAbortedException : DicomNetworkException
{
    public DicomAssociationAbortedException(DicomAbortSource source, DicomAbortReason reason)
        : base($"association aborted by {source.GetDescription()}: {reason.GetDescription()}")
    {
        AbortSource = source;
        AbortReason = reason;
    }

    public DicomAssociationAbortedException()
        : this(DicomAbortSource.ServiceUser, DicomAbortReason.NotSpecified)
    {
    }

    public DicomAssociationAbortedException(string message)
        : base(message)
    {
    }

    public DicomAssociationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DicomAbortSource AbortSource { get; }

    public DicomAbortReason AbortReason { get; }
}
