namespace OpenRem.Dicom.Network;

/// <summary>C-STORE-RSP, echoing the Affected SOP Instance UID (0000,1000).</summary>
public sealed class DicomCStoreResponse : DicomResponse
{
    public DicomCStoreResponse(DicomCStoreRequest request, DicomStatus status)
        : base(request, status)
    {
        SOPInstanceUID = request.SOPInstanceUID;
    }

    /// <summary>A response as received.</summary>
    public DicomCStoreResponse(DicomDataset command)
        : base(command)
    {
    }

    public string? SOPInstanceUID
    {
        get => GetOptionalString(DicomTag.AffectedSOPInstanceUID);
        set => SetOptionalString(DicomTag.AffectedSOPInstanceUID, value);
    }
}
