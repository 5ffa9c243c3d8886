using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Nodes;
using OpenRem.Infrastructure.Persistence;

namespace OpenRem.Infrastructure.StoreNodes;

/// <summary>Reads the store nodes with their last written state and their arrivals, for the command line and the pages.</summary>
public sealed class StoreNodeReports(IDbContextFactory<OpenRemDbContext> databases)
{
    /// <summary>Every store node, by name.</summary>
    public async Task<IReadOnlyList<StoreNodeReport>> ListAsync(CancellationToken cancellationToken)
    {
        var database = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (database.ConfigureAwait(false))
        {
            var nodes = await database.StoreNodes.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            var statuses = await database.StoreNodeRuntimeStatuses.AsNoTracking().ToDictionaryAsync(status => status.StoreNodeId, cancellationToken).ConfigureAwait(false);
            var arrivals = await database.ObjectArrivals.AsNoTracking()
                .Where(arrival => arrival.StoreNodeId != null)
                .GroupBy(arrival => arrival.StoreNodeId!.Value)
                .Select(group => new { NodeId = group.Key, Received = group.Count(), NotImported = group.Count(arrival => !arrival.Imported) })
                .ToDictionaryAsync(group => group.NodeId, cancellationToken)
                .ConfigureAwait(false);
            var reports = new List<StoreNodeReport>(nodes.Count);
            foreach (var node in nodes.OrderBy(node => node.Name, StringComparer.OrdinalIgnoreCase))
            {
                var last = await LastReceivedAtAsync(database, node, cancellationToken).ConfigureAwait(false);
                var counts = arrivals.GetValueOrDefault(node.Id);
                reports.Add(new StoreNodeReport(node, statuses.GetValueOrDefault(node.Id), counts?.Received ?? 0, counts?.NotImported ?? 0, last));
            }

            return reports;
        }
    }

    /// <summary>The node with <paramref name="id"/>, or null.</summary>
    public async Task<StoreNodeReport?> FindAsync(int id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(report => report.Node.Id == id);

    private static async Task<DateTimeOffset?> LastReceivedAtAsync(OpenRemDbContext database, StoreNode node, CancellationToken cancellationToken)
    {
        var latest = await database.ObjectArrivals.AsNoTracking()
            .Where(arrival => arrival.StoreNodeId == node.Id)
            .OrderByDescending(arrival => arrival.ReceivedAt)
            .Select(arrival => (DateTimeOffset?)arrival.ReceivedAt)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return latest;
    }
}
