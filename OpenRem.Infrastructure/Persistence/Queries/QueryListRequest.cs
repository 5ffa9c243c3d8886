using OpenRem.Domain.Queries;

namespace OpenRem.Infrastructure.Persistence.Queries;

/// <summary>One page of the query history: which page (from 0), how many per page, the order and an optional state.</summary>
public sealed record QueryListRequest
{
    /// <summary>The most queries one page may hold.</summary>
    public const int MaxPageSize = 500;

    public int PageIndex { get; init; }

    public int PageSize { get; init; } = 50;

    public QuerySortField SortBy { get; init; } = QuerySortField.CreatedAt;

    public bool Descending { get; init; } = true;

    /// <summary>Only queries in this state; every query when null.</summary>
    public QueryState? State { get; init; }
}
