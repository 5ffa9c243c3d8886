namespace OpenRem.Dicom.Network;

/// <summary>A request that carries a Priority (0000,0700): C-FIND, C-MOVE, C-STORE.</summary>
public abstract class DicomPriorityRequest : DicomRequest
{
    private protected DicomPriorityRequest(DicomDataset command)
        : base(command)
    {
    }

    private protected DicomPriorityRequest(DicomCommandField type, DicomUID sopClassUid, DicomPriority priority)
        : base(type, sopClassUid)
    {
        Priority = priority;
    }

    public DicomPriority Priority
    {
        get => (DicomPriority)GetUShort(DicomTag.Priority);
        set => SetUShort(DicomTag.Priority, (ushort)value);
    }
}
