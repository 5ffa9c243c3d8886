using OpenRem.Domain.Find.Lanes;
using OpenRem.Domain.Find.Rules;
using OpenRem.Domain.Find.Steps;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Find;

/// <summary>
/// The find phase of a query: asks the remote archive what it holds and decides, rule by rule, which series and
/// images to retrieve, recording why everything else is dropped. Ends with the query filtered, failed (the
/// archive could not be reached, or an unexpected error), cancelled (the user stopped it) or interrupted (the
/// application is stopping) — never left running.
/// </summary>
public sealed class FindPhase(
    IRemoteArchiveConnector connector,
    IImportedObjects imported,
    IQueryProgress progress,
    TimeProvider time)
{
    internal static readonly IReadOnlyDictionary<ModalityGroup, ISeriesRule> SeriesRules = new Dictionary<ModalityGroup, ISeriesRule>
    {
        [ModalityGroup.Mammography] = new MammographyAndRadiographyRule(ModalityGroup.Mammography),
        [ModalityGroup.Radiography] = new MammographyAndRadiographyRule(ModalityGroup.Radiography),
        [ModalityGroup.Fluoroscopy] = new FluoroscopyRule(),
        [ModalityGroup.Ct] = new CtRule(),
        [ModalityGroup.NuclearMedicine] = new NuclearMedicineRule(),
        [ModalityGroup.SrOnly] = new SrOnlySeriesRule(),
    };

    /// <summary>
    /// Runs the find phase of a queued <paramref name="query"/> against <paramref name="node"/>; returns the state it
    /// ended in. <paramref name="cancellationToken"/> stops it (C-CANCEL, then the associations are released) and the
    /// query ends cancelled; when <paramref name="shutdown"/> is what stopped it, the query ends interrupted instead.
    /// </summary>
    public async Task<QueryState> RunAsync(Query query, RemoteNode node, CancellationToken cancellationToken, CancellationToken shutdown = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(node);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown);
        cancellationToken = stop.Token;
        query.BeginFind(time.GetUtcNow());
        await progress.StageChangedAsync(query, cancellationToken).ConfigureAwait(false);
        var started = time.GetTimestamp();
        var options = new ArchiveConnectionOptions(node, node.EffectiveCallingAeTitle, ArchiveService.Find);
        var archive = connector.Connect(options);
        await using (archive.ConfigureAwait(false))
        {
            var lanes = new StudyLanes(connector, options, archive, node.MaxParallelAssociations);
            await using var lanesInUse = lanes.ConfigureAwait(false);
            var context = new FindContext(query, node, archive, imported, progress, time, lanes, cancellationToken);
            try
            {
                await context.LogAsync(QueryLogLevel.Information, $"Query of {node} started. {query.Parameters.Describe()}").ConfigureAwait(false);
                await RunStepsAsync(context).ConfigureAwait(false);
                query.CompleteFind(time.GetUtcNow(), FindSummary.Build(query, time.GetElapsedTime(started)));
            }
            catch (FindAbortedException exception)
            {
                query.Fail(time.GetUtcNow(), exception.Message);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                var done = FindSummary.Stopped(query, time.GetElapsedTime(started));
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
                // Whatever went wrong, the query must end failed rather than look as if it were still running.
                query.Fail(time.GetUtcNow(), "The query stopped on an unexpected error: " + exception.Message);
                await progress.LogAsync(query, new QueryLogLine(time.GetUtcNow(), QueryLogLevel.Error, query.StageText, exception.ToString()), CancellationToken.None).ConfigureAwait(false);
            }
        }

        var level = query.State is QueryState.Cancelled or QueryState.Interrupted ? QueryLogLevel.Warning : QueryLogLevel.Information;
        await progress.LogAsync(query, new QueryLogLine(time.GetUtcNow(), level, query.StageText), CancellationToken.None).ConfigureAwait(false);
        await progress.StageChangedAsync(query, CancellationToken.None).ConfigureAwait(false);
        return query.State;
    }

    /// <summary>The whole pipeline, in order; the letters are those of the reference's description.</summary>
    private static async Task RunStepsAsync(FindContext context)
    {
        var query = context.Query;
        var modalities = context.Parameters.Modalities;
        var counts = context.Counts;

        // [A] One study-level C-FIND per modality code asked for.
        await StudyLevelSearch.RunAsync(context).ConfigureAwait(false);

        // [B] A study returned by several requests is kept once.
        counts.InResponseDuplicates = await context.ApplyAsync(InResponseDuplicatesRule.Decide(query.Studies), "Removing studies returned twice").ConfigureAwait(false);

        // [D] SR only: studies whose returned ModalitiesInStudy holds more than SR.
        if (modalities.IsSrOnly)
        {
            counts.SrOnlyRemoved = await context.ApplyAsync(SrOnlyStudyRule.Decide(query.Studies), "SR only, by ModalitiesInStudy,").ConfigureAwait(false);
        }

        // [E] Description filters, and station-name filters when asked to work at study level.
        await StudyFilterStep.RunAsync(context).ConfigureAwait(false);

        // [F] The series of every kept study; their modalities join ModalitiesInStudy.
        await SeriesLevelSearch.RunAsync(context).ConfigureAwait(false);

        // [D] SR only again, now that every study's series are known.
        if (modalities.IsSrOnly)
        {
            counts.SrOnlyRemoved += await context.ApplyAsync(SrOnlyStudyRule.Decide(query.Studies), "SR only, by the series found,").ConfigureAwait(false);
        }

        // [H] Station-name filters at series level (the default).
        await SeriesStationNameStep.RunAsync(context).ConfigureAwait(false);

        // [C] Each study to its group's rules; a study of several groups is split, one response per group.
        var (handledElsewhere, copies) = ModalityGroupSplit.Apply(query, modalities);
        context.Apply(handledElsewhere);
        counts.GroupCopies = copies;

        // [G] Studies of no group asked for.
        await context.StageAsync(StageTexts.DeletingUnwanted).ConfigureAwait(false);
        counts.UnwantedModalitiesRemoved = await context.ApplyAsync(UnwantedModalitiesRule.Decide(query.Studies), "Removing studies of modalities not asked for").ConfigureAwait(false);

        // [H] The series rules: MG, DX, FL, CT, NM, SR only; then studies left without series.
        await SeriesRuleStep.RunAsync(context, SeriesRules).ConfigureAwait(false);

        // [I] Objects already imported.
        if (context.Options.RemoveDuplicates)
        {
            await DuplicatesStep.RunAsync(context).ConfigureAwait(false);
        }

        // A dropped study drops its series, a dropped series its images.
        ParentDroppedRule.Decide(query.Studies).Apply();
        FinalCounts.Record(query);
        await context.CountsChangedAsync().ConfigureAwait(false);
    }
}
