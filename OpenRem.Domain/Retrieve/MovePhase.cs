using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Retrieve;

/// <summary>
/// The move phase of a query: asks the remote archive to send every planned series (or image) to the store
/// node's AE title, one C-MOVE each, on one association whose calling AE title is the store's. A failed request is
/// retried once on a fresh association; a series that still fails is recorded with the status and its meaning, and
/// the move goes on with the next series unless the archive cannot be reached at all. When the store node is run by
/// this application, the phase then waits for what the archive sent to arrive and be imported, and records per series
/// how many objects were expected, arrived and were imported. The query always ends done, failed (something was not
/// retrieved, or did not arrive) or cancelled, with a summary.
/// </summary>
public sealed class MovePhase(IRemoteArchiveConnector connector, IQueryProgress progress, TimeProvider time, IRetrieveArrivals arrivals)
{
    /// <summary>How long the phase waits for the next object to arrive at the store node before it gives up on the rest.</summary>
    public TimeSpan ArrivalQuietPeriod { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the phase counts the arrivals while it waits.</summary>
    public TimeSpan ArrivalPollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Retrieves what the find phase of <paramref name="query"/> kept; returns the state the query ended in.</summary>
    public async Task<QueryState> RunAsync(Query query, RemoteNode node, StoreNode store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(store);
        if (query.WhyMoveCannotStart() is { } refusal)
        {
            await progress.LogAsync(query, new QueryLogLine(time.GetUtcNow(), QueryLogLevel.Warning, "Move refused: " + refusal), cancellationToken).ConfigureAwait(false);
            return query.State;
        }

        query.BeginMove(time.GetUtcNow());
        var plan = RetrievePlan.For(query);
        Plan(query.MoveCounts, plan);
        var archive = connector.Connect(new ArchiveConnectionOptions(node, store.AeTitle, ArchiveService.Move));
        await using (archive.ConfigureAwait(false))
        {
            var context = new MoveContext(query, archive, store.AeTitle, progress, time, cancellationToken);
            try
            {
                await context.StageAsync($"Requesting move of {DurationText.Count(plan.StudyCount, "study")}").ConfigureAwait(false);
                var abortReason = await MoveAllAsync(context, plan).ConfigureAwait(false);
                var shortfalls = store.Kind == StoreNodeKind.RunByThisApp
                    ? await new ArrivalWait(arrivals, time, ArrivalQuietPeriod, ArrivalPollInterval).RunAsync(context, plan).ConfigureAwait(false)
                    : null;
                var (summary, failure) = MoveSummary.Build(query, plan, abortReason, shortfalls);
                query.CompleteMove(time.GetUtcNow(), summary, failure);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                query.Cancel(time.GetUtcNow());
            }
            catch (Exception exception)
            {
                // Whatever went wrong, the query must end failed rather than look as if it were still retrieving.
                query.Fail(time.GetUtcNow(), "The retrieve stopped on an unexpected error: " + exception.Message);
                await progress.LogAsync(query, new QueryLogLine(time.GetUtcNow(), QueryLogLevel.Error, query.StageText, exception.ToString()), CancellationToken.None).ConfigureAwait(false);
            }
        }

        await progress.LogAsync(query, new QueryLogLine(time.GetUtcNow(), QueryLogLevel.Information, query.StageText), CancellationToken.None).ConfigureAwait(false);
        await progress.StageChangedAsync(query, CancellationToken.None).ConfigureAwait(false);
        return query.State;
    }

    private static void Plan(MoveCounts counts, RetrievePlan plan)
    {
        counts.StudiesPlanned = plan.StudyCount;
        counts.SeriesPlanned = plan.Series.Count;
        counts.RequestsPlanned = plan.Items.Count();
        counts.SeriesNotAttempted = plan.Series.Count;
        foreach (var response in plan.Series.SelectMany(series => series.Responses))
        {
            response.RecordRetrieval(SeriesRetrieval.NotAttempted);
        }
    }

    /// <summary>Moves every planned series in turn; the reason the rest was abandoned, or null.</summary>
    private static async Task<string?> MoveAllAsync(MoveContext context, RetrievePlan plan)
    {
        var counts = context.Query.MoveCounts;
        foreach (var series in plan.Series)
        {
            var results = new List<MoveAttemptResult>();
            foreach (var item in series.Items)
            {
                var extra = item.Level == QueryLevel.Series && item.ExpectedObjects > 0 ? $" Series contains {item.ExpectedObjects} objects" : string.Empty;
                await context.StageAsync($"Requesting move: modality {item.Modality}, study {item.StudyNumber} (of {item.StudyCount}) series {item.SeriesNumber} (of {item.SeriesCount}).{extra}").ConfigureAwait(false);
                var result = await MoveRequestRunner.RunAsync(context, item).ConfigureAwait(false);
                results.Add(result);
                counts.RequestsDone++;
                counts.SubOperations = counts.SubOperations.Add(result.Counts);
                await context.CountsChangedAsync().ConfigureAwait(false);
                if (result.ArchiveUnreachable)
                {
                    Record(counts, series, SeriesOutcome.Of(results));
                    return "the archive could not be reached (" + result.Problem + ")";
                }
            }

            Record(counts, series, SeriesOutcome.Of(results));
        }

        return null;
    }

    private static void Record(MoveCounts counts, PlannedSeries series, SeriesRetrieval retrieval)
    {
        foreach (var response in series.Responses)
        {
            response.RecordRetrieval(retrieval);
        }

        counts.SeriesNotAttempted--;
        switch (retrieval.Status)
        {
            case RetrievalStatus.Completed:
                counts.SeriesCompleted++;
                break;
            case RetrievalStatus.CompletedWithWarnings:
                counts.SeriesWithWarnings++;
                break;
            default:
                counts.SeriesFailed++;
                break;
        }
    }
}
