namespace OpenRem.Dicom.Network.Client;

/// <summary>
/// A DICOM client for one peer. The send methods open an association for the one request (proposing only what it
/// needs) and release it afterwards; <see cref="OpenAssociationAsync(CancellationToken)"/> keeps one open for several.
/// </summary>
public interface IDicomClient
{
    string CallingAE { get; }

    string CalledAE { get; }

    DicomClientOptions Options { get; }

    Task<DicomCEchoResponse> SendCEchoAsync(CancellationToken cancellationToken = default);

    IAsyncEnumerable<DicomCFindResponse> SendCFindAsync(DicomCFindRequest request, CancellationToken cancellationToken = default);

    IAsyncEnumerable<DicomCMoveResponse> SendCMoveAsync(DicomCMoveRequest request, CancellationToken cancellationToken = default);

    Task<DicomCStoreResponse> SendCStoreAsync(DicomCStoreRequest request, CancellationToken cancellationToken = default);

    /// <summary>Opens an association proposing Verification and Study/Patient Root FIND and MOVE.</summary>
    Task<IAdvancedDicomClientAssociation> OpenAssociationAsync(CancellationToken cancellationToken = default);

    Task<IAdvancedDicomClientAssociation> OpenAssociationAsync(IReadOnlyList<DicomPresentationContextProposal> proposals, CancellationToken cancellationToken = default);
}
