namespace OpenRem.Dicom.Network.Transport;

/// <summary>The states of the association requestor, a reduced form of the PS3.8 §9.2 state table (numbers as there).</summary>
public enum AssociationState
{
    /// <summary>Sta1: no association, no transport connection in use.</summary>
    Idle = 1,

    /// <summary>Sta5: A-ASSOCIATE-RQ sent, awaiting the AC, RJ or an A-ABORT.</summary>
    AwaitingAssociateResponse = 5,

    /// <summary>Sta6: established; P-DATA in both directions.</summary>
    Established = 6,

    /// <summary>Sta7: A-RELEASE-RQ sent, awaiting the RP; P-DATA may still arrive.</summary>
    AwaitingReleaseResponse = 7,

    /// <summary>Sta13: A-ABORT (or release answer) sent, waiting for the transport to close; PDUs are ignored.</summary>
    AwaitingTransportClose = 13,
}
