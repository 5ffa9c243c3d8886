using Microsoft.EntityFrameworkCore;

namespace OpenRem.Infrastructure.Persistence.Nodes;

/// <summary>Hands out node IDs from the table shared by remote and store nodes.</summary>
internal static class NodeIdentities
{
    /// <summary>
    /// A new ID, saved at once; call inside the transaction that stores the node, so that a failed store
    /// leaves no trace.
    /// </summary>
    public static async Task<int> NextAsync(OpenRemDbContext db, CancellationToken cancellationToken)
    {
        var identity = new NodeIdentity();
        db.NodeIdentities.Add(identity);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return identity.Id;
    }

    /// <summary>Starts tracking <paramref name="node"/> as new, with <paramref name="id"/> as its key.</summary>
    public static void AddWithId<TNode>(OpenRemDbContext db, TNode node, int id)
        where TNode : class
    {
        var entry = db.Entry(node);
        entry.Property<int>("Id").CurrentValue = id;
        entry.State = EntityState.Added;
    }
}
