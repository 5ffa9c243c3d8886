using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Retrieve;

/// <summary>
/// Decides what a resumed retrieve sends. A series whose retrieval completed (and, at a store node run by this
/// application, whose objects all arrived when that was counted) is skipped. Any other series is moved again; at a
/// store node run by this application, what already arrived for this query is left out: a series planned by image
/// keeps only the images not yet arrived; a series planned whole is listed by an image-level C-FIND (or from the
/// images the find phase already listed in full) and only the instances not yet arrived are moved, one C-MOVE each.
/// A series none of whose objects arrived is moved as planned.
/// </summary>
internal sealed class ResumePlanner(IRemoteArchiveConnector connector, IRetrieveArrivals arrivals, RemoteNode node, StoreNode store)
{
    public int SkippedSeries { get; private set; }

    public int ObjectsLeftOut { get; private set; }

    public async Task<IReadOnlyList<SeriesWork>> PlanAsync(MoveContext context, RetrievePlan plan)
    {
        var work = new List<SeriesWork>();
        IRemoteArchive? finder = null;
        try
        {
            foreach (var series in plan.Series)
            {
                if (IsComplete(series))
                {
                    SkippedSeries++;
                    continue;
                }

                if (store.Kind != StoreNodeKind.RunByThisApp)
                {
                    work.Add(SeriesWork.All(series));
                    continue;
                }

                var arrived = await arrivals.ArrivedAsync(context.Query.Id, series.SeriesInstanceUid, context.CancellationToken).ConfigureAwait(false);
                if (arrived.Count == 0)
                {
                    work.Add(SeriesWork.All(series));
                    continue;
                }

                IReadOnlyList<string> instances;
                if (series.Items.All(item => item.SopInstanceUid is not null))
                {
                    instances = [.. series.Items.Select(item => item.SopInstanceUid!)];
                }
                else if (KnownInstances(series) is { } known)
                {
                    instances = known;
                }
                else
                {
                    finder ??= connector.Connect(new ArchiveConnectionOptions(node, node.EffectiveCallingAeTitle, ArchiveService.Find));
                    await context.StageAsync($"Listing the instances of series {series.Items[0].SeriesNumber} of study {series.Items[0].StudyNumber} to resume it").ConfigureAwait(false);
                    try
                    {
                        instances = await ListInstancesAsync(finder, series, context.CancellationToken).ConfigureAwait(false);
                    }
                    catch (RemoteArchiveException exception)
                    {
                        // Moving the whole series would send again what arrived; the series waits for a later resume.
                        work.Add(new SeriesWork(series, [], arrived.Count, $"Its instances could not be listed to resume it: {exception.Failure.Detail}."));
                        continue;
                    }
                }

                var missing = instances.Where(uid => !arrived.Contains(uid)).ToList();
                ObjectsLeftOut += instances.Count - missing.Count;
                var template = series.Items[0];
                work.Add(new SeriesWork(
                    series,
                    [.. missing.Select(uid => template with { Level = QueryLevel.Image, SopInstanceUid = uid, ExpectedObjects = 1 })],
                    instances.Count - missing.Count));
            }
        }
        finally
        {
            if (finder is not null)
            {
                await finder.DisposeAsync().ConfigureAwait(false);
            }
        }

        return work;
    }

    private static bool IsComplete(PlannedSeries series)
    {
        var response = series.Responses[0];
        var retrieved = response.Retrieval.Status is RetrievalStatus.Completed or RetrievalStatus.CompletedWithWarnings;
        var shortOfArrivals = response.ObjectsExpected is { } expected && response.ObjectsArrived is { } arrived && arrived < expected;
        return retrieved && !shortOfArrivals;
    }

    /// <summary>The series' instances when the find phase listed every one of them, else null.</summary>
    private static List<string>? KnownInstances(PlannedSeries series) =>
        series.Responses.FirstOrDefault(response => response.ImagesComplete && response.Images.Count > 0) is { } listed
            ? [.. listed.Images.Select(image => image.SopInstanceUid)]
            : null;

    private static async Task<IReadOnlyList<string>> ListInstancesAsync(IRemoteArchive finder, PlannedSeries series, CancellationToken cancellationToken)
    {
        var request = new ImageFindRequest(series.Items[0].StudyInstanceUid, series.SeriesInstanceUid, null);
        var instances = new List<string>();
        await foreach (var match in finder.FindImagesAsync(request, cancellationToken).ConfigureAwait(false))
        {
            var uid = match.SopInstanceUid.Trim();
            if (uid.Length > 0 && !instances.Contains(uid, StringComparer.Ordinal))
            {
                instances.Add(uid);
            }
        }

        return instances;
    }
}
