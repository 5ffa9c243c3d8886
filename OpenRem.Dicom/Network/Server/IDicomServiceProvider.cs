namespace OpenRem.Dicom.Network.Server;

/// <summary>
/// What a service provider is told about its association (shaped like fo-dicom's interface of the same name).
/// <see cref="DicomService"/> implements every member with the usual behaviour; providers override what they need.
/// </summary>
public interface IDicomServiceProvider
{
    /// <summary>
    /// A request passed the server's checks; its presentation contexts are already answered by the server's policy.
    /// The provider answers with <see cref="DicomService.SendAssociationAcceptAsync"/> or
    /// <see cref="DicomService.SendAssociationRejectAsync"/>.
    /// </summary>
    Task OnReceiveAssociationRequestAsync(DicomAssociation association);

    /// <summary>The requestor asked to release; the provider answers with <see cref="DicomService.SendAssociationReleaseResponseAsync"/>.</summary>
    Task OnReceiveAssociationReleaseRequestAsync();

    /// <summary>The requestor aborted the association.</summary>
    void OnReceiveAbort(DicomAbortSource source, DicomAbortReason reason);

    /// <summary>The connection is closed; <paramref name="exception"/> says why when it was not a release.</summary>
    void OnConnectionClosed(Exception? exception);
}
