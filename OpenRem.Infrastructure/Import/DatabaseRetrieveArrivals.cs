using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Ports;
using OpenRem.Infrastructure.Persistence;

namespace OpenRem.Infrastructure.Import;

/// <summary>
/// Counts a retrieve's arrivals from the database, where the importer records them, so that the process that moves
/// (the web application or the command line) sees what the process that runs the store node received.
/// </summary>
public sealed class DatabaseRetrieveArrivals(IDbContextFactory<OpenRemDbContext> databases) : IRetrieveArrivals
{
    public async Task<IReadOnlyDictionary<string, ArrivalCount>> CountAsync(Guid queryId, CancellationToken cancellationToken)
    {
        var database = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (database.ConfigureAwait(false))
        {
            // An object received twice for the same retrieve counts once.
            var arrivals = await database.ObjectArrivals.AsNoTracking()
                .Where(arrival => arrival.QueryId == queryId && arrival.SeriesInstanceUid != null)
                .Select(arrival => new { arrival.SeriesInstanceUid, arrival.SopInstanceUid, arrival.Imported })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            return arrivals
                .GroupBy(arrival => arrival.SeriesInstanceUid!, StringComparer.Ordinal)
                .ToDictionary(
                    series => series.Key,
                    series => new ArrivalCount(
                        series.Select(arrival => arrival.SopInstanceUid).Distinct(StringComparer.Ordinal).Count(),
                        series.Where(arrival => arrival.Imported).Select(arrival => arrival.SopInstanceUid).Distinct(StringComparer.Ordinal).Count()),
                    StringComparer.Ordinal);
        }
    }

    public async Task<IReadOnlySet<string>> ArrivedAsync(Guid queryId, string seriesInstanceUid, CancellationToken cancellationToken)
    {
        var database = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (database.ConfigureAwait(false))
        {
            var instances = await database.ObjectArrivals.AsNoTracking()
                .Where(arrival => arrival.QueryId == queryId && arrival.SeriesInstanceUid == seriesInstanceUid)
                .Select(arrival => arrival.SopInstanceUid)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            return instances.ToHashSet(StringComparer.Ordinal);
        }
    }
}
