using OpenRem.Domain.Nodes;

namespace OpenRem.Web.Cli.Qr;

/// <summary>Finds the nodes the <c>qr</c> command line names by their database IDs.</summary>
public interface IQrNodeLookup
{
    /// <summary>The remote node with this database ID, or null when there is none.</summary>
    Task<RemoteNode?> FindRemoteNodeAsync(int id, CancellationToken cancellationToken);

    /// <summary>The store node with this database ID, or null when there is none.</summary>
    Task<StoreNode?> FindStoreNodeAsync(int id, CancellationToken cancellationToken);
}
