using Microsoft.EntityFrameworkCore;

namespace OpenRem.Infrastructure.Persistence.Nodes;

/// <summary>
/// What the remote and store node repositories share: a node of <typeparamref name="TNode"/> is validated by the
/// Domain when it is created or changed, against the names of the other nodes of its kind; its ID comes from the node
/// identities shared by both kinds; a name another process took at the same time is reported as the settings report it.
/// </summary>
/// <remarks>Both node types have an <c>Id</c> and a <c>Name</c>, which the queries reach through <see cref="EF.Property{TProperty}"/>.</remarks>
internal abstract class NodeRepository<TNode, TSettings>(IDbContextFactory<OpenRemDbContext> contexts)
    where TNode : class
    where TSettings : class
{
    private const string Id = "Id";
    private const string Name = "Name";

    public async Task<IReadOnlyList<TNode>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TNode>().AsNoTracking().OrderBy(node => EF.Property<string>(node, Name)).ThenBy(node => EF.Property<int>(node, Id)).ToListAsync(cancellationToken);
    }

    public async Task<TNode?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TNode>().AsNoTracking().SingleOrDefaultAsync(node => EF.Property<int>(node, Id) == id, cancellationToken);
    }

    public async Task<TNode> AddAsync(TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var node = Create(settings, await db.Set<TNode>().Select(other => EF.Property<string>(other, Name)).ToListAsync(cancellationToken));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        NodeIdentities.AddWithId(db, node, await NodeIdentities.NextAsync(db, cancellationToken));
        await SaveAsync(db, node, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return node;
    }

    public async Task<TNode?> UpdateAsync(int id, TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var node = await db.Set<TNode>().SingleOrDefaultAsync(node => EF.Property<int>(node, Id) == id, cancellationToken);
        if (node is null)
        {
            return null;
        }

        Update(node, settings, await db.Set<TNode>().Where(other => EF.Property<int>(other, Id) != id).Select(other => EF.Property<string>(other, Name)).ToListAsync(cancellationToken));
        await SaveAsync(db, node, cancellationToken);
        return node;
    }

    public async Task<bool> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // The database sets the queries' node ID to null; they keep the node's name.
        return await db.Set<TNode>().Where(node => EF.Property<int>(node, Id) == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>A new node from validated settings; throws <c>InvalidNodeSettingsException</c> when they do not validate.</summary>
    protected abstract TNode Create(TSettings settings, IEnumerable<string> otherNodeNames);

    /// <summary>Changes the node; throws <c>InvalidNodeSettingsException</c> when the settings do not validate.</summary>
    protected abstract void Update(TNode node, TSettings settings, IEnumerable<string> otherNodeNames);

    /// <summary>Saves; a name another process took since it was checked is reported as the settings report it.</summary>
    private static async Task SaveAsync(OpenRemDbContext db, TNode node, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            var entry = db.Entry(node);
            var name = entry.Property<string>(Name).CurrentValue;
            var id = entry.Property<int>(Id).CurrentValue;
            db.ChangeTracker.Clear();
            if (await db.Set<TNode>().AnyAsync(other => EF.Property<string>(other, Name) == name && EF.Property<int>(other, Id) != id, cancellationToken))
            {
                throw NodeNameTaken.Error();
            }

            throw;
        }
    }
}
