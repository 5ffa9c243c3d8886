using OpenRem.Dicom.Network.Server.Storage;

namespace OpenRem.Dicom.Network.Server;

/// <summary>What a service reports to its server: stored objects (for the notifications and counters) and errors (for the status).</summary>
internal interface IDicomServerEvents
{
    void ObjectStored(StoredObject stored);

    void ErrorOccurred(string description);
}
