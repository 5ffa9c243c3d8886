using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.Persistence.Nodes;

internal sealed class RemoteNodeRepository(IDbContextFactory<OpenRemDbContext> contexts) : IRemoteNodeRepository
{
    public async Task<IReadOnlyList<RemoteNode>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RemoteNodes.AsNoTracking().OrderBy(node => node.Name).ThenBy(node => node.Id).ToListAsync(cancellationToken);
    }

    public async Task<RemoteNode?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RemoteNodes.AsNoTracking().SingleOrDefaultAsync(node => node.Id == id, cancellationToken);
    }

    public async Task<RemoteNode> AddAsync(RemoteNodeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var node = RemoteNode.Create(settings, await db.RemoteNodes.Select(other => other.Name).ToListAsync(cancellationToken));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        NodeIdentities.AddWithId(db, node, await NodeIdentities.NextAsync(db, cancellationToken));
        await SaveAsync(db, node, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return node;
    }

    public async Task<RemoteNode?> UpdateAsync(int id, RemoteNodeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var node = await db.RemoteNodes.SingleOrDefaultAsync(node => node.Id == id, cancellationToken);
        if (node is null)
        {
            return null;
        }

        node.Update(settings, await db.RemoteNodes.Where(other => other.Id != id).Select(other => other.Name).ToListAsync(cancellationToken));
        await SaveAsync(db, node, cancellationToken);
        return node;
    }

    public async Task<bool> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // The database sets the queries' node ID to null; they keep the node's name.
        return await db.RemoteNodes.Where(node => node.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Saves; a name another process took since it was checked is reported as the settings report it.</summary>
    private static async Task SaveAsync(OpenRemDbContext db, RemoteNode node, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.RemoteNodes.AnyAsync(other => other.Name == node.Name && other.Id != node.Id, cancellationToken))
            {
                throw NodeNameTaken.Error();
            }

            throw;
        }
    }
}
