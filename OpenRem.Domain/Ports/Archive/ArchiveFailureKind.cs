namespace OpenRem.Domain.Ports.Archive;

/// <summary>Why a call to the remote archive did not end with a success status.</summary>
public enum ArchiveFailureKind
{
    /// <summary>The archive answered with a final status that is not success (failure, cancel or warning).</summary>
    RemoteStatus,

    /// <summary>The association was aborted, a response timed out, or a response could not be read.</summary>
    ConnectionLost,

    /// <summary>The archive rejected the association.</summary>
    AssociationRejected,

    /// <summary>No association could be established (no connection, timeout, abort during negotiation).</summary>
    AssociationFailed,
}
