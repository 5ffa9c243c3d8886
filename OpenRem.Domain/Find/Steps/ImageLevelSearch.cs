using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Steps;

/// <summary>
/// Image-level C-FINDs for one series. Matches join the series' images, each SOP instance once however often it
/// is found. A query for every instance that succeeds marks the series' images complete.
/// </summary>
internal static class ImageLevelSearch
{
    /// <summary>Queries the series; the number of matches received.</summary>
    public static async Task<int> FindAsync(FindContext context, StudyResponse study, SeriesResponse series, InstanceSelection selection)
    {
        if (selection == InstanceSelection.All)
        {
            var (all, completed) = await FindNumberAsync(context, study, series, null).ConfigureAwait(false);
            if (completed)
            {
                series.MarkImagesComplete();
            }

            return all;
        }

        var (first, firstCompleted) = await FindNumberAsync(context, study, series, 1).ConfigureAwait(false);
        if (firstCompleted && first == 0)
        {
            (first, _) = await FindNumberAsync(context, study, series, 0).ConfigureAwait(false);
        }

        return first;
    }

    private static async Task<(int Received, bool Completed)> FindNumberAsync(
        FindContext context, StudyResponse study, SeriesResponse series, int? instanceNumber)
    {
        var request = new ImageFindRequest(study.StudyInstanceUid, series.SeriesInstanceUid, instanceNumber);
        var requestId = Guid.NewGuid();
        var received = 0;
        context.Counts.ImageRequests++;
        var completed = await ArchiveCall.CollectAsync(
            context,
            context.Archive.FindImagesAsync(request, context.CancellationToken),
            async match =>
            {
                if (string.IsNullOrWhiteSpace(match.SopInstanceUid))
                {
                    await context.LogAsync(QueryLogLevel.Warning, "An image-level response without a SOP instance UID was ignored.").ConfigureAwait(false);
                    return;
                }

                series.AddImage(requestId, match);
                context.Counts.ImageMatches++;
                if (match.InstanceNumber is null)
                {
                    await context.LogAsync(QueryLogLevel.Warning, "Illegal response, no InstanceNumber").ConfigureAwait(false);
                }

                if (++received == 1)
                {
                    await context.StageAsync(StageTexts.ImageContinuing).ConfigureAwait(false);
                }
            },
            $"Image level query for series {series.SeriesInstanceUid}").ConfigureAwait(false);
        if (completed)
        {
            await context.StageAsync(StageTexts.ImageComplete).ConfigureAwait(false);
        }

        return (received, completed);
    }
}
