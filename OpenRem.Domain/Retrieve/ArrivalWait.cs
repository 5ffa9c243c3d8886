using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Retrieve;

/// <summary>
/// After the move requests of a retrieve into a store node run by this application: waits until every object the
/// archive reported sent has arrived at the store node, or until none has arrived for <c>quietPeriod</c>; then records,
/// per series and in total, how many were expected, arrived and were imported.
/// </summary>
internal sealed class ArrivalWait(IRetrieveArrivals arrivals, TimeProvider time, TimeSpan quietPeriod, TimeSpan pollInterval)
{
    /// <summary>The series that fell short; empty when everything arrived and was imported.</summary>
    public async Task<IReadOnlyList<ArrivalShortfall>> RunAsync(MoveContext context, RetrievePlan plan)
    {
        var expected = plan.Series
            .Select(series => (Series: series, Expected: Expected(series.Responses[0].Retrieval)))
            .Where(entry => entry.Expected > 0)
            .ToList();
        var counts = context.Query.MoveCounts;
        counts.ObjectsExpected = expected.Sum(entry => entry.Expected);
        if (expected.Count == 0)
        {
            return [];
        }

        var lastArrived = -1;
        var lastProgressAt = time.GetUtcNow();
        IReadOnlyDictionary<string, ArrivalCount> arrived;
        while (true)
        {
            arrived = await arrivals.CountAsync(context.Query.Id, context.CancellationToken).ConfigureAwait(false);
            var total = expected.Sum(entry => Math.Min(entry.Expected, Count(arrived, entry.Series).Arrived));
            if (total >= counts.ObjectsExpected)
            {
                break;
            }

            if (total > lastArrived)
            {
                lastArrived = total;
                lastProgressAt = time.GetUtcNow();
                await context.StageAsync($"Waiting for the store node: {total} of {counts.ObjectsExpected} objects arrived").ConfigureAwait(false);
            }
            else if (time.GetUtcNow() - lastProgressAt >= quietPeriod)
            {
                await context.LogAsync(QueryLogLevel.Warning, $"No object arrived at the store node for {DurationText.Format(quietPeriod)}; {total} of {counts.ObjectsExpected} arrived.").ConfigureAwait(false);
                break;
            }

            await Task.Delay(pollInterval, time, context.CancellationToken).ConfigureAwait(false);
        }

        return Record(counts, expected, arrived);
    }

    private static int Expected(SeriesRetrieval retrieval) => retrieval.Counts.Completed + retrieval.Counts.Warning;

    private static ArrivalCount Count(IReadOnlyDictionary<string, ArrivalCount> arrived, PlannedSeries series) =>
        arrived.GetValueOrDefault(series.SeriesInstanceUid) ?? ArrivalCount.None;

    private static List<ArrivalShortfall> Record(MoveCounts counts, List<(PlannedSeries Series, int Expected)> expected, IReadOnlyDictionary<string, ArrivalCount> arrived)
    {
        var shortfalls = new List<ArrivalShortfall>();
        counts.ObjectsArrived = 0;
        counts.ObjectsImported = 0;
        foreach (var (series, expectedObjects) in expected)
        {
            var count = Count(arrived, series);
            var arrivedObjects = Math.Min(expectedObjects, count.Arrived);
            var importedObjects = Math.Min(arrivedObjects, count.Imported);
            foreach (var response in series.Responses)
            {
                response.RecordArrival(expectedObjects, arrivedObjects, importedObjects);
            }

            counts.ObjectsArrived += arrivedObjects;
            counts.ObjectsImported += importedObjects;
            if (importedObjects < expectedObjects)
            {
                shortfalls.Add(new ArrivalShortfall(series, expectedObjects, arrivedObjects, importedObjects));
            }
        }

        return shortfalls;
    }
}
