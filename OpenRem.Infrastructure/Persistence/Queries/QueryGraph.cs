using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Queries;

namespace OpenRem.Infrastructure.Persistence.Queries;

/// <summary>Loading a query with every study, series and image response, each list in the order received.</summary>
internal static class QueryGraph
{
    public static IQueryable<Query> WithResponses(this IQueryable<Query> queries) =>
        queries
            .Include(query => query.Studies.OrderBy(study => study.Ordinal))
            .ThenInclude(study => study.Series.OrderBy(series => series.Ordinal))
            .ThenInclude(series => series.Images.OrderBy(image => image.Ordinal))
            .AsSplitQuery();
}
