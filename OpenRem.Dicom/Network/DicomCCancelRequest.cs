namespace OpenRem.Dicom.Network;

/// <summary>
/// C-CANCEL-RQ: asks the peer to stop the C-FIND or C-MOVE with the given Message ID. It has no SOP class,
/// no Message ID of its own and no response; it travels on the presentation context of the request it cancels.
/// </summary>
public sealed class DicomCCancelRequest : DicomMessage
{
    public DicomCCancelRequest(ushort messageIdBeingRespondedTo)
        : base(DicomCommandField.CCancelRequest, sopClassUid: null)
    {
        RequestMessageID = messageIdBeingRespondedTo;
        Command.AddOrUpdate<ushort>(DicomTag.CommandDataSetType, CommandDataSetTypeNull);
    }

    /// <summary>A request as received.</summary>
    public DicomCCancelRequest(DicomDataset command)
        : base(command)
    {
    }

    /// <summary>The Message ID of the request to cancel (0000,0120).</summary>
    public ushort RequestMessageID
    {
        get => GetUShort(DicomTag.MessageIDBeingRespondedTo);
        set => SetUShort(DicomTag.MessageIDBeingRespondedTo, value);
    }
}
