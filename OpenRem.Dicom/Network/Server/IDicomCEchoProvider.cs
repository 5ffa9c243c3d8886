namespace OpenRem.Dicom.Network.Server;

/// <summary>A provider of the Verification service (C-ECHO).</summary>
public interface IDicomCEchoProvider
{
    Task<DicomCEchoResponse> OnCEchoRequestAsync(DicomCEchoRequest request, CancellationToken cancellationToken);
}
