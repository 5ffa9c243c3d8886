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
/// retrieved, or did not arrive), cancelled (the user stopped it) or interrupted (the application is stopping), with
/// a summary. An interrupted or failed retrieve can be resumed (<see cref="ResumeAsync"/>): nothing already
/// retrieved is moved again.
/// </summary>
public sealed class MovePhase(IRemoteArchiveConnector connector, IQueryProgress progress, TimeProvider time, IRetrieveArrivals arrivals)
{
    /// <summary>How long the phase waits for the next object to arrive at the store node before it gives up on the rest.</summary>
    public TimeSpan ArrivalQuietPeriod { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the phase counts the arrivals while it waits.</summary>
    public TimeSpan ArrivalPollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Retrieves what the find phase of <paramref name="query"/> kept; returns the state the query ended in.
    /// <paramref name="cancellationToken"/> stops the move (C-CANCEL, then the association is released) and the query
    /// ends cancelled; when <paramref name="shutdown"/> is what stopped it, the query ends interrupted instead.
    /// </summary>
    public async Task<QueryState> RunAsync(Query query, RemoteNode node, StoreNode store, CancellationToken cancellationToken, CancellationToken shutdown = default)
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
        return await MoveAsync(query, node, store, plan, resume: null, cancellationToken, shutdown).ConfigureAwait(false);
    }

    /// <summary>
    /// Resumes the interrupted or failed retrieve of <paramref name="query"/>: series whose retrieval completed are
    /// skipped, and of the others only what has not arrived at the store node for this query is moved (see
    /// <see cref="ResumePlanner"/>). The counts of the earlier attempt are kept and added to. Returns the state the
    /// query ended in; the tokens work as for <see cref="RunAsync"/>.
    /// </summary>
    public async Task<QueryState> ResumeAsync(Query query, RemoteNode node, StoreNode store, CancellationToken cancellationToken, CancellationToken shutdown = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(store);
        if (query.WhyResumeIsImpossible() is { } refusal)
        {
            await progress.LogAsync(query, new QueryLogLine(time.GetUtcNow(), QueryLogLevel.Warning, "Resume refused: " + refusal), cancellationToken).ConfigureAwait(false);
            return query.State;
        }

        query.BeginResume();
        await progress.LogAsync(query, new QueryLogLine(time.GetUtcNow(), QueryLogLevel.Information, "Resuming the retrieve."), cancellationToken).ConfigureAwait(false);
        return await MoveAsync(query, node, store, RetrievePlan.For(query), new ResumePlanner(connector, arrivals, node, store), cancellationToken, shutdown).ConfigureAwait(false);
    }

    private async Task<QueryState> MoveAsync(
        Query query, RemoteNode node, StoreNode store, RetrievePlan plan, ResumePlanner? resume, CancellationToken cancellationToken, CancellationToken shutdown)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown);
        var archive = connector.Connect(new ArchiveConnectionOptions(node, store.AeTitle, ArchiveService.Move));
        await using (archive.ConfigureAwait(false))
        {
            var context = new MoveContext(query, archive, store.AeTitle, progress, time, stop.Token);
            try
            {
                var work = resume is null ? plan.Series.Select(SeriesWork.All).ToList() : await resume.PlanAsync(context, plan).ConfigureAwait(false);
                if (resume is not null)
                {
                    query.MoveCounts.RequestsPlanned = query.MoveCounts.RequestsDone + work.Sum(series => series.Items.Count);
                    await context.LogAsync(QueryLogLevel.Information, ResumeLine(resume, work)).ConfigureAwait(false);
                }

                await context.StageAsync($"Requesting move of {DurationText.Count(plan.StudyCount, "study")}").ConfigureAwait(false);
                var abortReason = await MoveAllAsync(context, work).ConfigureAwait(false);
                var shortfalls = store.Kind == StoreNodeKind.RunByThisApp
                    ? await new ArrivalWait(arrivals, time, ArrivalQuietPeriod, ArrivalPollInterval).RunAsync(context, plan).ConfigureAwait(false)
                    : null;
                var (summary, failure) = MoveSummary.Build(query, plan, abortReason, shortfalls);
                query.CompleteMove(time.GetUtcNow(), resume is null ? summary : ResumeLine(resume, work) + "\n" + summary, failure);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // What the archive reported of the request that was stopped counts too.
                query.MoveCounts.SubOperations = query.MoveCounts.SubOperations.Add(context.InFlight?.Counts ?? SubOperationCounts.None);
                var done = MoveSummary.Stopped(query, plan);
                if (shutdown.IsCancellationRequested)
                {
                    query.Interrupt(time.GetUtcNow(), StopReasons.ApplicationStopped, done);
                }
                else
                {
                    query.Cancel(time.GetUtcNow(), done);
                    await progress.LogAsync(query, new QueryLogLine(time.GetUtcNow(), QueryLogLevel.Warning, StopReasons.CancelledByUser), CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (Exception exception)
            {
                // Whatever went wrong, the query must end failed rather than look as if it were still retrieving.
                query.Fail(time.GetUtcNow(), "The retrieve stopped on an unexpected error: " + exception.Message);
                await progress.LogAsync(query, new QueryLogLine(time.GetUtcNow(), QueryLogLevel.Error, query.StageText, exception.ToString()), CancellationToken.None).ConfigureAwait(false);
            }
        }

        var level = query.State is QueryState.Cancelled or QueryState.Interrupted ? QueryLogLevel.Warning : QueryLogLevel.Information;
        await progress.LogAsync(query, new QueryLogLine(time.GetUtcNow(), level, query.StageText), CancellationToken.None).ConfigureAwait(false);
        await progress.StageChangedAsync(query, CancellationToken.None).ConfigureAwait(false);
        return query.State;
    }

    private static string ResumeLine(ResumePlanner resume, IReadOnlyList<SeriesWork> work) =>
        $"Resumed: {DurationText.Count(resume.SkippedSeries, "series")} already retrieved skipped; {DurationText.Count(work.Count, "series")} left to move"
        + (resume.ObjectsLeftOut > 0 ? $", leaving out {DurationText.Count(resume.ObjectsLeftOut, "object")} already received." : ".");

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
    private static async Task<string?> MoveAllAsync(MoveContext context, IReadOnlyList<SeriesWork> work)
    {
        var counts = context.Query.MoveCounts;
        foreach (var (series, items, arrivedBefore, problem) in work)
        {
            if (problem is not null)
            {
                await context.LogAsync(QueryLogLevel.Error, $"Study {series.Items[0].StudyNumber}, series {series.Items[0].SeriesNumber}: {problem}").ConfigureAwait(false);
                Record(counts, series, new SeriesRetrieval(RetrievalStatus.Failed, new SubOperationCounts(arrivedBefore, 0, 0), 0, problem));
                continue;
            }

            var results = new List<MoveAttemptResult>();
            foreach (var item in items)
            {
                var extra = item.Level == QueryLevel.Series && item.ExpectedObjects > 0 ? $" Series contains {item.ExpectedObjects} objects" : string.Empty;
                await context.StageAsync($"Requesting move: modality {item.Modality}, study {item.StudyNumber} (of {item.StudyCount}) series {item.SeriesNumber} (of {item.SeriesCount}).{extra}").ConfigureAwait(false);
                var result = await MoveRequestRunner.RunAsync(context, item).ConfigureAwait(false);
                context.InFlight = null;
                results.Add(result);
                counts.RequestsDone++;
                counts.SubOperations = counts.SubOperations.Add(result.Counts);
                await context.CountsChangedAsync().ConfigureAwait(false);
                if (result.ArchiveUnreachable)
                {
                    Record(counts, series, Outcome(results, arrivedBefore));
                    return "the archive could not be reached (" + result.Problem + ")";
                }
            }

            Record(counts, series, Outcome(results, arrivedBefore));
        }

        return null;
    }

    /// <summary>The series' outcome; the objects that arrived before a resume count as completed sub-operations.</summary>
    private static SeriesRetrieval Outcome(List<MoveAttemptResult> results, int arrivedBefore)
    {
        var before = new SubOperationCounts(arrivedBefore, 0, 0);
        if (results.Count == 0)
        {
            return new SeriesRetrieval(RetrievalStatus.Completed, before, 0, null);
        }

        var outcome = SeriesOutcome.Of(results);
        return outcome with { Counts = outcome.Counts.Add(before) };
    }

    /// <summary>Records a series' outcome in its responses and moves it from the count of its earlier status to its new one.</summary>
    private static void Record(MoveCounts counts, PlannedSeries series, SeriesRetrieval retrieval)
    {
        Count(counts, series.Responses[0].Retrieval.Status, -1);
        foreach (var response in series.Responses)
        {
            response.RecordRetrieval(retrieval);
        }

        Count(counts, retrieval.Status, +1);
    }

    private static void Count(MoveCounts counts, RetrievalStatus status, int change)
    {
        switch (status)
        {
            case RetrievalStatus.NotAttempted:
                counts.SeriesNotAttempted += change;
                break;
            case RetrievalStatus.Completed:
                counts.SeriesCompleted += change;
                break;
            case RetrievalStatus.CompletedWithWarnings:
                counts.SeriesWithWarnings += change;
                break;
            case RetrievalStatus.Failed:
                counts.SeriesFailed += change;
                break;
            default:
                break;
        }
    }
}
