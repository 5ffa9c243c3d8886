using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;

namespace OpenRem.Infrastructure.Persistence.Queries;

internal sealed class QueryRepository(IDbContextFactory<OpenRemDbContext> contexts) : IQueryRepository
{
    public async Task AddAsync(Query query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Queries.Add(query);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Query?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Queries.AsNoTracking().WithResponses().SingleOrDefaultAsync(query => query.Id == id, cancellationToken);
    }

    public async Task<QueryPage> ListAsync(QueryListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.PageIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.PageSize, QueryListRequest.MaxPageSize);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var queries = db.Queries.AsNoTracking();
        if (request.State is { } state)
        {
            queries = queries.Where(query => query.State == state);
        }

        var total = await queries.CountAsync(cancellationToken);
        var items = await QueryOrder.Apply(queries, request.SortBy, request.Descending)
            .Skip(request.PageIndex * request.PageSize)
            .Take(request.PageSize)
            .Select(query => new QuerySummary(
                query.Id,
                query.CreatedAt,
                query.State,
                query.StageText,
                query.RemoteNodeName,
                query.RemoteNodeId,
                query.StoreNodeName,
                query.StoreNodeId,
                query.Parameters.Modalities,
                query.Parameters.DateKeys.Text,
                query.Parameters.Origin,
                query.Parameters.RequestedBy,
                query.FindCounts.StudiesKept,
                query.FindCounts.SeriesKept,
                query.FindEndedAt,
                query.MoveEndedAt,
                query.Error))
            .ToListAsync(cancellationToken);
        return new QueryPage(items, total);
    }

    public async Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Queries.AnyAsync(query => query.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<QueryLogLine>> ReadLogAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.QueryLog.AsNoTracking().Where(entry => entry.QueryId == id).OrderBy(entry => entry.Id).ToListAsync(cancellationToken);
        return entries.ConvertAll(entry => entry.ToLine());
    }
}
