namespace OpenRem.Dicom.Network;

/// <summary>C-ECHO-RQ on the Verification SOP class.</summary>
public sealed class DicomCEchoRequest : DicomRequest
{
    public DicomCEchoRequest()
        : base(DicomCommandField.CEchoRequest, DicomUID.Verification)
    {
    }

    /// <summary>A request as received.</summary>
    public DicomCEchoRequest(DicomDataset command)
        : base(command)
    {
    }
}
