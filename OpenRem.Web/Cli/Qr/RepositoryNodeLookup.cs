using OpenRem.Domain.Nodes;
using OpenRem.Infrastructure.Persistence.Nodes;

namespace OpenRem.Web.Cli.Qr;

/// <summary>The nodes the <c>qr</c> command line names, read from the database.</summary>
internal sealed class RepositoryNodeLookup(IRemoteNodeRepository remoteNodes, IStoreNodeRepository storeNodes) : IQrNodeLookup
{
    public Task<RemoteNode?> FindRemoteNodeAsync(int id, CancellationToken cancellationToken) => remoteNodes.FindAsync(id, cancellationToken);

    public Task<StoreNode?> FindStoreNodeAsync(int id, CancellationToken cancellationToken) => storeNodes.FindAsync(id, cancellationToken);
}
