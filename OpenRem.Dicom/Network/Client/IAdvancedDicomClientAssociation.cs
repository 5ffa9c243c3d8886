namespace OpenRem.Dicom.Network.Client;

/// <summary>
/// An open association on which several requests can be sent, one at a time (concurrent calls wait their turn).
/// Release it when done; disposing releases it if it is still established and idle, and aborts it otherwise.
/// </summary>
public interface IAdvancedDicomClientAssociation : IAsyncDisposable
{
    /// <summary>What was negotiated.</summary>
    DicomAssociation Association { get; }

    /// <summary>False once the association was released, aborted or lost.</summary>
    bool IsUsable { get; }

    Task<DicomCEchoResponse> SendCEchoAsync(CancellationToken cancellationToken = default);

    /// <summary>The pending responses as they arrive, then the final one. Cancelling or leaving early sends C-CANCEL and drains.</summary>
    IAsyncEnumerable<DicomCFindResponse> SendCFindAsync(DicomCFindRequest request, CancellationToken cancellationToken = default);

    /// <summary>The pending (progress) responses as they arrive, then the final one. Cancelling or leaving early sends C-CANCEL and drains.</summary>
    IAsyncEnumerable<DicomCMoveResponse> SendCMoveAsync(DicomCMoveRequest request, CancellationToken cancellationToken = default);

    Task<DicomCStoreResponse> SendCStoreAsync(DicomCStoreRequest request, CancellationToken cancellationToken = default);

    /// <summary>Waits until no request is outstanding, then releases (A-RELEASE-RQ/RP) and closes the connection.</summary>
    Task ReleaseAsync(CancellationToken cancellationToken = default);

    /// <summary>Sends A-ABORT and closes the connection; an outstanding request fails.</summary>
    Task AbortAsync(CancellationToken cancellationToken = default);
}
