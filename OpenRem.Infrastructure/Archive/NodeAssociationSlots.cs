using System.Collections.Concurrent;
using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.Archive;

/// <summary>
/// The associations this application has open to each remote node, across every job and phase: a node is never
/// asked for more at once than its <see cref="RemoteNode.MaxParallelAssociations"/>; whoever wants one more waits for
/// one to close. Nodes are told apart by host, port and AE title, so a node saved twice under two names shares its
/// limit. When a node's limit changes, the new limit applies once the node has no association open.
/// </summary>
public sealed class NodeAssociationSlots
{
    private readonly ConcurrentDictionary<string, Limit> _limits = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a free association slot of <paramref name="node"/>; dispose the result to give it back.</summary>
    public async ValueTask<IDisposable> AcquireAsync(RemoteNode node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        var key = $"{node.Host.Value}:{node.Port}/{node.AeTitle.Value}";
        var limit = _limits.AddOrUpdate(
            key,
            _ => new Limit(node.MaxParallelAssociations),
            (_, existing) => existing.Size == node.MaxParallelAssociations || existing.InUse > 0 ? existing : new Limit(node.MaxParallelAssociations));
        await limit.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref limit.InUse);
        return new Slot(limit);
    }

    /// <summary>How many associations to the node at <paramref name="host"/>, <paramref name="port"/>, <paramref name="aeTitle"/> are open now.</summary>
    public int InUse(string host, int port, string aeTitle) =>
        _limits.TryGetValue($"{host}:{port}/{aeTitle}", out var limit) ? Volatile.Read(ref limit.InUse) : 0;

    private sealed class Limit(int size)
    {
        public int InUse;

        public int Size { get; } = size;

        public SemaphoreSlim Gate { get; } = new(size, size);
    }

    private sealed class Slot(Limit limit) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Interlocked.Decrement(ref limit.InUse);
                limit.Gate.Release();
            }
        }
    }
}
