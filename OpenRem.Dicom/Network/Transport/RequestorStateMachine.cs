using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Network.Transport;

/// <summary>
/// The association requestor's state machine (PS3.8 §9.2, reduced to what a client meets). It does no I/O:
/// callers report what they sent and ask what to do with each received PDU. Not thread-safe; callers lock.
/// </summary>
public sealed class RequestorStateMachine
{
    public AssociationState State { get; private set; } = AssociationState.Idle;

    /// <summary>True while P-DATA may be sent.</summary>
    public bool CanSendData => State == AssociationState.Established;

    /// <summary>The A-ASSOCIATE-RQ went out on a new transport connection (Sta1 → Sta5).</summary>
    public void AssociateRequestSent() => Move(AssociationState.Idle, AssociationState.AwaitingAssociateResponse, "send an A-ASSOCIATE-RQ");

    /// <summary>The A-RELEASE-RQ went out (Sta6 → Sta7).</summary>
    public void ReleaseRequestSent() => Move(AssociationState.Established, AssociationState.AwaitingReleaseResponse, "send an A-RELEASE-RQ");

    /// <summary>An A-ABORT went out: wait for the close (→ Sta13).</summary>
    public void AbortSent() => State = State == AssociationState.Idle ? AssociationState.Idle : AssociationState.AwaitingTransportClose;

    /// <summary>The transport connection closed (→ Sta1).</summary>
    public void TransportClosed() => State = AssociationState.Idle;

    /// <summary>Decides about a received PDU and moves to the state it leads to.</summary>
    public PduDisposition Received(RawPduType type)
    {
        var (disposition, next) = (State, type) switch
        {
            (AssociationState.AwaitingAssociateResponse, RawPduType.AAssociateAC) => (PduDisposition.Process, AssociationState.Established),
            (AssociationState.AwaitingAssociateResponse, RawPduType.AAssociateRJ) => (PduDisposition.Process, AssociationState.Idle),
            (AssociationState.Established, RawPduType.PDataTF) => (PduDisposition.Process, AssociationState.Established),
            (AssociationState.Established, RawPduType.AReleaseRQ) => (PduDisposition.Process, AssociationState.AwaitingTransportClose),
            (AssociationState.AwaitingReleaseResponse, RawPduType.PDataTF) => (PduDisposition.Process, AssociationState.AwaitingReleaseResponse),
            (AssociationState.AwaitingReleaseResponse, RawPduType.AReleaseRP) => (PduDisposition.Process, AssociationState.Idle),

            // Release collision: the requestor answers the peer's request and keeps waiting for the peer's answer.
            (AssociationState.AwaitingReleaseResponse, RawPduType.AReleaseRQ) => (PduDisposition.Process, AssociationState.AwaitingReleaseResponse),
            (AssociationState.AwaitingTransportClose or AssociationState.Idle, _) => (PduDisposition.Ignore, State),
            (_, RawPduType.AAbort) => (PduDisposition.Process, AssociationState.Idle),
            _ => (PduDisposition.AbortUnexpected, AssociationState.AwaitingTransportClose),
        };
        State = next;
        return disposition;
    }

    private void Move(AssociationState from, AssociationState to, string action)
    {
        if (State != from)
        {
            throw new InvalidOperationException($"Cannot {action} in state {State}.");
        }

        State = to;
    }
}
