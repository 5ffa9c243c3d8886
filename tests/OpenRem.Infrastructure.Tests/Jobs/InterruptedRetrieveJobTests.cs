using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Jobs;
using OpenRem.Infrastructure.Progress;
using OpenRem.Infrastructure.Running;
using OpenRem.Infrastructure.StoreNodes;

namespace OpenRem.Infrastructure.Tests.Jobs;

/// <summary>A retrieve running as a job when the application stops, resumed after the application starts again.</summary>
public sealed class InterruptedRetrieveJobTests(SyntheticArchivePeers peers) : IClassFixture<SyntheticArchivePeers>, IDisposable
{
    private readonly TemporaryDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARetrieveInterruptedByStoppingTheApplicationResumesAfterARestartAndEveryObjectArrivesExactlyOnce()
    {
        Guid queryId;
        Query interrupted;
        await using (var host = await JobHost.StartAsync(_data.Path))
        {
            var (remote, store) = await peers.AddNodesAsync(host);
            await JobHost.WaitUntilAsync(
                () => host.Get<IStoreNodeStatuses>().Current.Any(state => state.StoreNodeId == store.Id && state.IsListening),
                "the store node listens");
            await using var feed = host.Get<IQueryProgressFeed>().Subscribe(null);
            queryId = await host.Get<IQueryJobs>().SubmitAsync(
                new QueryRequest
                {
                    RemoteNodeId = remote.Id,
                    StoreNodeId = store.Id,
                    Modalities = ModalitySelection.Of(ModalityGroup.Ct, ModalityGroup.Mammography, ModalityGroup.Radiography, ModalityGroup.Fluoroscopy, ModalityGroup.NuclearMedicine),
                    MoveWhenFound = true,
                },
                Ct);

            // Stop the application as soon as the archive reports the first object sent, from the live feed.
            await WaitForFirstObjectSentAsync(feed, queryId);
            await host.StopAsync();
            interrupted = await host.ReadQueryAsync(queryId);
        }

        Assert.True(interrupted.State == QueryState.Interrupted, $"The query ended {interrupted.State} when the application stopped: {interrupted.StageText}");
        Assert.True(
            interrupted.MoveCounts.SeriesNotAttempted > 0,
            $"The retrieve had nothing left when the application stopped, so this run proves nothing about resuming: {interrupted.StageText}");

        await using (var host = await JobHost.StartAsync(_data.Path))
        {
            Assert.Equal(QueryState.Interrupted, (await host.ReadQueryAsync(queryId)).State);
            await host.Get<IQueryJobs>().StartAsync(queryId, QueryRunKind.Resume, Ct);

            var done = await host.WaitForQueryAsync(queryId, query => query.State is QueryState.Done or QueryState.Failed or QueryState.Cancelled, "resumed to its end");
            Assert.True(done.State == QueryState.Done, $"{done.State}: {done.Error} {done.StageText}");

            await using var db = host.NewContext();
            var arrivals = await db.ObjectArrivals.AsNoTracking().Where(arrival => arrival.QueryId == queryId).ToListAsync(Ct);
            var perObject = arrivals.GroupBy(arrival => arrival.SopInstanceUid).ToList();
            Assert.All(perObject, group => Assert.True(group.Count() == 1, $"{group.Key} arrived {group.Count()} times"));
            Assert.Equal(done.MoveCounts.ObjectsExpected, perObject.Count);
            Assert.Equal(perObject.Count, await db.ImportedObjects.CountAsync(Ct));
            Assert.Equal(arrivals.Count, await db.ObjectArrivals.CountAsync(Ct));
        }
    }

    public void Dispose() => _data.Dispose();

    private static async Task WaitForFirstObjectSentAsync(IQueryProgressSubscription feed, Guid queryId)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromMinutes(3));
        await foreach (var progress in feed.ReadAllAsync(limit.Token))
        {
            if (progress.QueryId == queryId && progress is SeriesMoveProgressed { Progress.SubOperations.Completed: > 0 })
            {
                return;
            }

            Assert.False(progress is QueryEnded && progress.QueryId == queryId, "The query ended before the archive sent anything.");
        }
    }
}
