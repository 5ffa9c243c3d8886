using OpenRem.Dicom.Network.Server.Storage;

namespace OpenRem.Dicom.Network.Server;

/// <summary>What a service reports to its server: stored objects (for the notifications and counters) and errors (for the status).</summary>
internal interface IDicomServerEvents
{
    /// <summary>Called after the C-STORE-RSP of a stored object went out; the association reads on when it completes.</summary>
    ValueTask ObjectStoredAsync(StoredObject stored, CancellationToken cancellationToken);

    void ErrorOccurred(string description);
}
