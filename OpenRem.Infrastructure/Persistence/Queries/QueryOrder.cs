using OpenRem.Domain.Queries;

namespace OpenRem.Infrastructure.Persistence.Queries;

/// <summary>The order of a page of history; ties are broken by creation time, then ID, so pages never overlap.</summary>
internal static class QueryOrder
{
    public static IOrderedQueryable<Query> Apply(IQueryable<Query> queries, QuerySortField field, bool descending)
    {
        var ordered = field switch
        {
            QuerySortField.State => descending ? queries.OrderByDescending(query => query.State) : queries.OrderBy(query => query.State),
            QuerySortField.RemoteNodeName => descending ? queries.OrderByDescending(query => query.RemoteNodeName) : queries.OrderBy(query => query.RemoteNodeName),
            QuerySortField.StudiesKept => descending ? queries.OrderByDescending(query => query.FindCounts.StudiesKept) : queries.OrderBy(query => query.FindCounts.StudiesKept),
            _ => descending ? queries.OrderByDescending(query => query.CreatedAt) : queries.OrderBy(query => query.CreatedAt),
        };
        return descending
            ? ordered.ThenByDescending(query => query.CreatedAt).ThenByDescending(query => query.Id)
            : ordered.ThenBy(query => query.CreatedAt).ThenBy(query => query.Id);
    }
}
