using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence;

namespace OpenRem.Infrastructure.Import;

/// <summary>
/// Finds which retrieve an arriving object belongs to: the most recent query still retrieving that has a series
/// response with the object's Series Instance UID, or else the most recent interrupted one (an object the archive
/// was sending when the retrieve stopped belongs to it, so that resuming it does not move that object again). A C-MOVE sub-operation names the move's originator AE title and
/// message ID, but archives fill them in unevenly and a message ID is only unique within one association, so the
/// series UID is what ties an object to its query.
/// </summary>
internal static class ArrivalTargets
{
    public static async Task<IReadOnlyDictionary<string, ArrivalTarget>> FindAsync(
        OpenRemDbContext database, IReadOnlyCollection<string> seriesInstanceUids, CancellationToken cancellationToken)
    {
        if (seriesInstanceUids.Count == 0)
        {
            return new Dictionary<string, ArrivalTarget>();
        }

        var candidates = await (
                from series in database.SeriesResponses
                join study in database.StudyResponses on EF.Property<long>(series, "StudyResponseId") equals study.Id
                join query in database.Queries on EF.Property<Guid>(study, "QueryId") equals query.Id
                where seriesInstanceUids.Contains(series.SeriesInstanceUid) && (query.State == QueryState.Retrieving || query.State == QueryState.Interrupted)
                select new { series.SeriesInstanceUid, QueryId = query.Id, query.State, query.CreatedAt, SeriesResponseId = series.Id })
            .AsNoTracking()
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        return candidates
            .GroupBy(candidate => candidate.SeriesInstanceUid, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.OrderByDescending(candidate => candidate.State == QueryState.Retrieving).ThenByDescending(candidate => candidate.CreatedAt).ThenBy(candidate => candidate.SeriesResponseId)
                    .Select(candidate => new ArrivalTarget(candidate.QueryId, candidate.SeriesResponseId))
                    .First(),
                StringComparer.Ordinal);
    }
}
