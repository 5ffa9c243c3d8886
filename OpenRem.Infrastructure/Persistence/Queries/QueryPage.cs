namespace OpenRem.Infrastructure.Persistence.Queries;

/// <summary>One page of the query history and the number of queries on every page together.</summary>
public sealed record QueryPage(IReadOnlyList<QuerySummary> Items, int TotalCount);
