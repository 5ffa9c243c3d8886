namespace OpenRem.Dicom.Network;

/// <summary>A DIMSE request: a message with a Message ID (0000,0110), which the association assigns when it sends it.</summary>
public abstract class DicomRequest : DicomMessage
{
    private protected DicomRequest(DicomDataset command)
        : base(command)
    {
    }

    private protected DicomRequest(DicomCommandField type, DicomUID sopClassUid)
        : base(type, sopClassUid)
    {
        ArgumentNullException.ThrowIfNull(sopClassUid);
        MessageID = 0;
        Command.AddOrUpdate<ushort>(DicomTag.CommandDataSetType, CommandDataSetTypeNull);
    }

    /// <summary>The Message ID (0000,0110).</summary>
    public ushort MessageID
    {
        get => GetUShort(DicomTag.MessageID);
        set => SetUShort(DicomTag.MessageID, value);
    }

    /// <summary>The command field of the response that answers this request.</summary>
    public DicomCommandField ResponseType => (DicomCommandField)((ushort)Type | 0x8000);
}
