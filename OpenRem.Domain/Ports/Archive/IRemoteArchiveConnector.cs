namespace OpenRem.Domain.Ports.Archive;

/// <summary>Opens connections to remote archives.</summary>
public interface IRemoteArchiveConnector
{
    /// <summary>
    /// A connection for one phase of one query. Opening does no I/O: the association is established by the
    /// first call, so an association failure is reported by that call.
    /// </summary>
    IRemoteArchive Connect(ArchiveConnectionOptions options);
}
