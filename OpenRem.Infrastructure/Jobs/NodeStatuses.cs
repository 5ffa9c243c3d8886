using System.Collections.Concurrent;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>
/// The last echo of every node (remote and store nodes share one ID series), kept in memory by
/// <see cref="EchoNodesJob"/> for the pages; <see cref="Changed"/> tells them when a round has finished.
/// </summary>
public sealed class NodeStatuses
{
    private readonly ConcurrentDictionary<int, NodeStatus> _statuses = new();

    /// <summary>Raised after each echo round, and after <see cref="Record"/>; handlers must return quickly and not throw.</summary>
    public event Action? Changed;

    /// <summary>The last echo of the node with <paramref name="nodeId"/>; null before its first echo.</summary>
    public NodeStatus? Of(int nodeId) => _statuses.TryGetValue(nodeId, out var status) ? status : null;

    /// <summary>Every node's last echo.</summary>
    public IReadOnlyCollection<NodeStatus> All => [.. _statuses.Values];

    /// <summary>Keeps the echo of one node (an echo round, or one a user asked for).</summary>
    public void Record(NodeStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        _statuses[status.NodeId] = status;
        Changed?.Invoke();
    }

    /// <summary>Forgets the nodes that no longer exist.</summary>
    public void KeepOnly(IReadOnlySet<int> nodeIds)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        foreach (var id in _statuses.Keys.Where(id => !nodeIds.Contains(id)))
        {
            _statuses.TryRemove(id, out _);
        }
    }
}
