namespace OpenRem.Dicom.Network;

/// <summary>C-FIND-RSP: a pending response carries one matching identifier in <see cref="DicomMessage.Dataset"/>; the final one none.</summary>
public sealed class DicomCFindResponse : DicomResponse
{
    public DicomCFindResponse(DicomCFindRequest request, DicomStatus status)
        : base(request, status)
    {
    }

    /// <summary>A response as received.</summary>
    public DicomCFindResponse(DicomDataset command)
        : base(command)
    {
    }
}
