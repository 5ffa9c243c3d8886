namespace OpenRem.Dicom.Network;

/// <summary>C-ECHO-RSP.</summary>
public sealed class DicomCEchoResponse : DicomResponse
{
    public DicomCEchoResponse(DicomCEchoRequest request, DicomStatus status)
        : base(request, status)
    {
    }

    /// <summary>A response as received.</summary>
    public DicomCEchoResponse(DicomDataset command)
        : base(command)
    {
    }
}
