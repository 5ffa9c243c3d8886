using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.Persistence.Nodes;

internal sealed class RemoteNodeRepository(IDbContextFactory<OpenRemDbContext> contexts)
    : NodeRepository<RemoteNode, RemoteNodeSettings>(contexts), IRemoteNodeRepository
{
    protected override RemoteNode Create(RemoteNodeSettings settings, IEnumerable<string> otherNodeNames) => RemoteNode.Create(settings, otherNodeNames);

    protected override void Update(RemoteNode node, RemoteNodeSettings settings, IEnumerable<string> otherNodeNames) => node.Update(settings, otherNodeNames);
}
