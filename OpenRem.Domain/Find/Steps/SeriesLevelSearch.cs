using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Steps;

/// <summary>
/// [F] One series-level C-FIND for every kept study; then each study's ModalitiesInStudy also holds the modality
/// of every series found (so a study whose archive did not return the key gets one from its series).
/// </summary>
internal static class SeriesLevelSearch
{
    public static async Task RunAsync(FindContext context)
    {
        await context.StageAsync(StageTexts.QueryingSeries).ConfigureAwait(false);
        await context.Lanes.RunAsync(
            context,
            context.Query.KeptStudies.ToList(),
            async (lane, study) =>
            {
                await FindAsync(lane, study).ConfigureAwait(false);
                study.AddSeriesModalities();
                return true;
            },
            (_, _) => ValueTask.CompletedTask).ConfigureAwait(false);
    }

    private static async Task FindAsync(FindContext context, StudyResponse study)
    {
        var requestId = Guid.NewGuid();
        var received = 0;
        context.Counts.SeriesRequests++;
        var completed = await ArchiveCall.CollectAsync(
            context,
            context.Archive.FindSeriesAsync(new SeriesFindRequest(study.StudyInstanceUid), context.CancellationToken),
            async match =>
            {
                if (string.IsNullOrWhiteSpace(match.SeriesInstanceUid))
                {
                    await context.LogAsync(QueryLogLevel.Warning, "A series-level response without a series instance UID was ignored.").ConfigureAwait(false);
                    return;
                }

                var series = study.AddSeries(requestId, match);
                context.Counts.SeriesMatches++;
                if (!series.ModalityReturned)
                {
                    await context.LogAsync(QueryLogLevel.Warning, "Illegal response with no modality at series level").ConfigureAwait(false);
                }

                if (++received == 1)
                {
                    await context.StageAsync(StageTexts.SeriesContinuing).ConfigureAwait(false);
                }

                await context.CountsChangedAsync().ConfigureAwait(false);
            },
            $"Series level query for study {study.StudyInstanceUid}").ConfigureAwait(false);
        if (completed)
        {
            await context.StageAsync(StageTexts.SeriesComplete).ConfigureAwait(false);
        }
        else
        {
            study.MarkSeriesQueryFailed();
        }
    }
}
