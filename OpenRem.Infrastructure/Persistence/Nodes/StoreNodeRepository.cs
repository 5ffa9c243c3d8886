using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.Persistence.Nodes;

internal sealed class StoreNodeRepository(IDbContextFactory<OpenRemDbContext> contexts)
    : NodeRepository<StoreNode, StoreNodeSettings>(contexts), IStoreNodeRepository
{
    protected override StoreNode Create(StoreNodeSettings settings, IEnumerable<string> otherNodeNames) => StoreNode.Create(settings, otherNodeNames);

    protected override void Update(StoreNode node, StoreNodeSettings settings, IEnumerable<string> otherNodeNames) => node.Update(settings, otherNodeNames);
}
