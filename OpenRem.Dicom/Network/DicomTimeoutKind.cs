namespace OpenRem.Dicom.Network;

/// <summary>Which of the client's timeouts expired.</summary>
public enum DicomTimeoutKind
{
    /// <summary>The TCP connection was not established in time.</summary>
    Connect,

    /// <summary>No A-ASSOCIATE-AC, -RJ or A-ABORT arrived in time after the A-ASSOCIATE-RQ.</summary>
    AssociationRequest,

    /// <summary>No PDU arrived from the peer for too long while a response was awaited.</summary>
    DimseIdle,

    /// <summary>A C-MOVE took longer than its total limit.</summary>
    MoveTotal,

    /// <summary>The peer did not send the final response in time after a C-CANCEL.</summary>
    CancelResponse,

    /// <summary>No A-RELEASE-RP arrived in time after the A-RELEASE-RQ.</summary>
    Release,
}
