using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.Persistence.Nodes;

internal sealed class StoreNodeRepository(IDbContextFactory<OpenRemDbContext> contexts) : IStoreNodeRepository
{
    public async Task<IReadOnlyList<StoreNode>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StoreNodes.AsNoTracking().OrderBy(node => node.Name).ThenBy(node => node.Id).ToListAsync(cancellationToken);
    }

    public async Task<StoreNode?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StoreNodes.AsNoTracking().SingleOrDefaultAsync(node => node.Id == id, cancellationToken);
    }

    public async Task<StoreNode> AddAsync(StoreNodeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var node = StoreNode.Create(settings, await db.StoreNodes.Select(other => other.Name).ToListAsync(cancellationToken));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        NodeIdentities.AddWithId(db, node, await NodeIdentities.NextAsync(db, cancellationToken));
        await SaveAsync(db, node, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return node;
    }

    public async Task<StoreNode?> UpdateAsync(int id, StoreNodeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var node = await db.StoreNodes.SingleOrDefaultAsync(node => node.Id == id, cancellationToken);
        if (node is null)
        {
            return null;
        }

        node.Update(settings, await db.StoreNodes.Where(other => other.Id != id).Select(other => other.Name).ToListAsync(cancellationToken));
        await SaveAsync(db, node, cancellationToken);
        return node;
    }

    public async Task<bool> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // The database sets the queries' node ID to null; they keep the node's name.
        return await db.StoreNodes.Where(node => node.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Saves; a name another process took since it was checked is reported as the settings report it.</summary>
    private static async Task SaveAsync(OpenRemDbContext db, StoreNode node, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.StoreNodes.AnyAsync(other => other.Name == node.Name && other.Id != node.Id, cancellationToken))
            {
                throw NodeNameTaken.Error();
            }

            throw;
        }
    }
}
