namespace OpenRem.Dicom.Network;

/// <summary>The peer answered the association request with an A-ASSOCIATE-RJ.</summary>
public class DicomAssociationRejectedException : DicomNetworkException
{
    public DicomAssociationRejectedException(DicomRejectResult result, DicomRejectSource source, DicomRejectReason reason)
        : base(Describe(result, source, reason))
    {
        RejectResult = result;
        RejectSource = source;
        RejectReason = reason;
    }

    public DicomAssociationRejectedException()
        : this(DicomRejectResult.Permanent, DicomRejectSource.ServiceUser, DicomRejectReason.NoReasonGiven)
    {
    }

    public DicomAssociationRejectedException(string message)
        : base(message)
    {
    }

    public DicomAssociationRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DicomRejectResult RejectResult { get; }

    public DicomRejectSource RejectSource { get; }

    public DicomRejectReason RejectReason { get; }

    /// <summary>For example "association rejected (permanent) by the service user: called AE title not recognised".</summary>
    public static string Describe(DicomRejectResult result, DicomRejectSource source, DicomRejectReason reason)
    {
        var kind = result switch
        {
            DicomRejectResult.Permanent => "permanent",
            DicomRejectResult.Transient => "transient",
            _ => $"result {(byte)result}",
        };
        return $"association rejected ({kind}) by {source.GetDescription()}: {reason.GetDescription()}";
    }
}
