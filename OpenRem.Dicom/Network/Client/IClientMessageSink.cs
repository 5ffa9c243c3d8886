namespace OpenRem.Dicom.Network.Client;

/// <summary>Where the client's receive loop hands what it received and how the association ended.</summary>
internal interface IClientMessageSink
{
    /// <summary>A whole DIMSE message arrived; the loop reads no further PDU until this completes.</summary>
    ValueTask DeliverAsync(DicomMessage message, CancellationToken cancellationToken);

    /// <summary>The association is over because of <paramref name="error"/>; the transport is closing.</summary>
    void Fail(Exception error);

    /// <summary>The association was released (A-RELEASE-RP, or the peer's own release or close after our request).</summary>
    void Released(bool byPeer);
}
