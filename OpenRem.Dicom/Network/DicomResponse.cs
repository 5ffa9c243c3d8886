namespace OpenRem.Dicom.Network;

/// <summary>A DIMSE response: Message ID Being Responded To (0000,0120), Status (0000,0900) and Error Comment (0000,0902).</summary>
public abstract class DicomResponse : DicomMessage
{
    private protected DicomResponse(DicomDataset command)
        : base(command)
    {
    }

    private protected DicomResponse(DicomRequest request, DicomStatus status)
        : base(RequireRequest(request).ResponseType, request.SOPClassUID)
    {
        RequestMessageID = request.MessageID;
        Command.AddOrUpdate<ushort>(DicomTag.CommandDataSetType, CommandDataSetTypeNull);
        Status = status;
    }

    /// <summary>The Message ID of the request this answers.</summary>
    public ushort RequestMessageID
    {
        get => GetUShort(DicomTag.MessageIDBeingRespondedTo);
        set => SetUShort(DicomTag.MessageIDBeingRespondedTo, value);
    }

    /// <summary>The status, with the Error Comment when the peer sent one.</summary>
    public DicomStatus Status
    {
        get
        {
            var status = DicomStatus.Lookup(GetUShort(DicomTag.Status), Type == DicomCommandField.CStoreResponse);
            var comment = GetOptionalString(DicomTag.ErrorComment);
            return string.IsNullOrEmpty(comment) ? status : status.WithErrorComment(comment);
        }

        set
        {
            ArgumentNullException.ThrowIfNull(value);
            SetUShort(DicomTag.Status, value.Code);
            SetOptionalString(DicomTag.ErrorComment, value.ErrorComment);
        }
    }

    public override string ToString() => $"{base.ToString()} [{RequestMessageID}]: {Status}";

    private static DicomRequest RequireRequest(DicomRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request;
    }
}
