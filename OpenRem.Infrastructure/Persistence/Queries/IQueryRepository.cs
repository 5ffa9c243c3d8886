using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;

namespace OpenRem.Infrastructure.Persistence.Queries;

/// <summary>The queries stored in the database: created, read back whole, listed as history.</summary>
public interface IQueryRepository
{
    /// <summary>Stores a new query (with whatever responses it already has).</summary>
    Task AddAsync(Query query, CancellationToken cancellationToken);

    /// <summary>The query with every study, series and image response, in the order received; null when there is none.</summary>
    Task<Query?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>One page of the history, sorted and optionally filtered by state.</summary>
    Task<QueryPage> ListAsync(QueryListRequest request, CancellationToken cancellationToken);

    /// <summary>True when a query with <paramref name="id"/> is stored.</summary>
    Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The query's log, in the order written; empty when there is none.</summary>
    Task<IReadOnlyList<QueryLogLine>> ReadLogAsync(Guid id, CancellationToken cancellationToken);
}
