namespace OpenRem.Dicom.Network.Client;

/// <summary>Creates clients, shaped like fo-dicom's factory.</summary>
public static class DicomClientFactory
{
    /// <summary>A client for a peer over TCP. TLS is not supported yet: <paramref name="useTls"/> must be false.</summary>
    public static IDicomClient Create(string host, int port, bool useTls, string callingAe, string calledAe, DicomClientOptions? options = null)
    {
        if (useTls)
        {
            throw new NotSupportedException("DICOM over TLS is not supported.");
        }

        return new DicomClient(host, port, callingAe, calledAe, options);
    }
}
