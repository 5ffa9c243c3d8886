using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenRem.Infrastructure.Persistence.Progress;

namespace OpenRem.Infrastructure.Persistence.Queries;

internal sealed class QueryRunSessions(
    IDbContextFactory<OpenRemDbContext> contexts,
    IEnumerable<IQueryProgressPublisher> publishers,
    IOptions<QueryProgressOptions> options,
    TimeProvider time,
    ILogger<QueryRunSession> logger) : IQueryRunSessions
{
    private readonly IReadOnlyList<IQueryProgressPublisher> _publishers = [.. publishers];

    public async Task<QueryRunSession?> OpenAsync(Guid queryId, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            var query = await db.Queries.WithResponses().SingleOrDefaultAsync(query => query.Id == queryId, cancellationToken);
            if (query is null)
            {
                await db.DisposeAsync();
                return null;
            }

            var remoteNode = query.RemoteNodeId is { } remoteId
                ? await db.RemoteNodes.AsNoTracking().SingleOrDefaultAsync(node => node.Id == remoteId, cancellationToken)
                : null;
            var storeNode = query.StoreNodeId is { } storeId
                ? await db.StoreNodes.AsNoTracking().SingleOrDefaultAsync(node => node.Id == storeId, cancellationToken)
                : null;
            var progress = new PersistentQueryProgress(db, _publishers, options.Value, time, logger);
            return new QueryRunSession(db, query, remoteNode, storeNode, progress, logger);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}
