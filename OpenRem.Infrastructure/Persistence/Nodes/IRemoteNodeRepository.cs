using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.Persistence.Nodes;

/// <summary>The remote query-retrieve nodes (PACS) stored in the database.</summary>
public interface IRemoteNodeRepository
{
    /// <summary>Every remote node, by name.</summary>
    Task<IReadOnlyList<RemoteNode>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The node with <paramref name="id"/>, or null.</summary>
    Task<RemoteNode?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>Stores a new node; throws <see cref="InvalidNodeSettingsException"/> when the settings do not validate or the name is taken.</summary>
    Task<RemoteNode> AddAsync(RemoteNodeSettings settings, CancellationToken cancellationToken);

    /// <summary>Changes the node with <paramref name="id"/>; null when there is none. Throws <see cref="InvalidNodeSettingsException"/> as <see cref="AddAsync"/>.</summary>
    Task<RemoteNode?> UpdateAsync(int id, RemoteNodeSettings settings, CancellationToken cancellationToken);

    /// <summary>Deletes the node with <paramref name="id"/>; its queries keep its name. False when there was none.</summary>
    Task<bool> RemoveAsync(int id, CancellationToken cancellationToken);
}
