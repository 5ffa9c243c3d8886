namespace OpenRem.Infrastructure.StoreNodes;

/// <summary>
/// The last known state of a store node run by this application, written by the process that runs it (at most
/// once a second) so that other processes, such as the command line, can show it.
/// </summary>
public sealed class StoreNodeRuntimeStatus
{
    private StoreNodeRuntimeStatus()
    {
    }

    public StoreNodeRuntimeStatus(int storeNodeId) => StoreNodeId = storeNodeId;

    public int StoreNodeId { get; private set; }

    /// <summary>True while its Store SCP listens.</summary>
    public bool IsListening { get; set; }

    /// <summary>The address and port it listens on, e.g. <c>0.0.0.0:11112</c>; null when it does not.</summary>
    public string? ListeningOn { get; set; }

    public int OpenAssociations { get; set; }

    /// <summary>Objects stored since it started listening.</summary>
    public long ObjectsReceived { get; set; }

    /// <summary>Objects indexed since it started listening.</summary>
    public long ObjectsImported { get; set; }

    /// <summary>Objects stored but not indexed (a problem with the file or the database); each has its log line.</summary>
    public long ObjectsNotImported { get; set; }

    /// <summary>The last error, such as a port in use; null when none since it started.</summary>
    public string? LastError { get; set; }

    /// <summary>When this status was written.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The process that runs it.</summary>
    public int ProcessId { get; set; }
}
