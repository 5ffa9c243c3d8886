using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Jobs;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Queries;
using OpenRem.Infrastructure.StoreNodes;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Jobs;

/// <summary>Queries and retrieves run as background jobs of the application's host, against Orthanc and the application's own store node.</summary>
public sealed class QueryJobTests(JobPeers peers) : IClassFixture<JobPeers>, IDisposable
{
    private readonly TemporaryDirectory _data = new();

    [Fact]
    public async Task SubmittedQueryRunsAsAJobAndRetrievesIntoTheStoreNode()
    {
        await using var host = await JobHost.StartAsync(_data.Path);
        var (remote, store) = await peers.AddNodesAsync(host);
        await WaitUntilListeningAsync(host, store.Id);

        var queryId = await host.Get<IQueryJobs>().SubmitAsync(
            new QueryRequest
            {
                RemoteNodeId = remote.Id,
                StoreNodeId = store.Id,
                Modalities = ModalitySelection.Of(ModalityGroup.Ct),
                MoveWhenFound = true,
                Origin = QueryOrigin.WebForm,
                RequestedBy = "physicist",
            },
            TestContext.Current.CancellationToken);

        var query = await host.WaitUntilEndedAsync(queryId);
        Assert.True(query.State == QueryState.Done, $"{query.State}: {query.Error} {query.StageText}");
        Assert.True(query.MoveCounts.ObjectsExpected > 0, query.StageText);
        Assert.Equal(query.MoveCounts.ObjectsExpected, query.MoveCounts.ObjectsArrived);
        Assert.Equal(query.MoveCounts.ObjectsExpected, query.MoveCounts.ObjectsImported);
        await using var db = host.NewContext();
        Assert.Equal(query.MoveCounts.ObjectsImported, await db.ImportedObjects.CountAsync(o => o.QueryId == queryId, TestContext.Current.CancellationToken));
        Assert.False(host.Get<IQueryJobs>().IsRunning(queryId));
    }

    [Fact]
    public async Task EchoRoundKeepsTheStatusOfEveryNodeWithTheReasonWhenDown()
    {
        await using var host = await JobHost.StartAsync(_data.Path);
        var (remote, store) = await peers.AddNodesAsync(host);
        var closedPort = FreePort.Next();
        var silent = await host.Get<IRemoteNodeRepository>().AddAsync(
            new RemoteNodeSettings { Name = "switched off", AeTitle = "NOBODY", Host = "127.0.0.1", Port = closedPort },
            TestContext.Current.CancellationToken);
        var statuses = host.Get<NodeStatuses>();

        await JobHost.WaitUntilAsync(
            () => statuses.Of(remote.Id)?.Echo.IsSuccess == true && statuses.Of(store.Id)?.Echo.IsSuccess == true && statuses.Of(silent.Id) is not null,
            "the echo round has reached every node, and both live nodes answered");

        var down = statuses.Of(silent.Id)!;
        Assert.False(down.Echo.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(down.Echo.Text));
        Assert.NotEqual("Success", down.Echo.Text);
    }

    [Fact]
    public async Task CancellingAQueryThatHasNotStartedEndsItCancelled()
    {
        await using var host = await JobHost.StartAsync(_data.Path);
        var (remote, store) = await peers.AddNodesAsync(host);
        var query = Query.Create(
            new QueryRequest { RemoteNodeId = remote.Id, StoreNodeId = store.Id, Modalities = ModalitySelection.Of(ModalityGroup.Ct) },
            remote,
            store,
            TimeProvider.System);
        await host.Get<IQueryRepository>().AddAsync(query, TestContext.Current.CancellationToken);

        Assert.True(await host.Get<IQueryJobs>().CancelAsync(query.Id, TestContext.Current.CancellationToken));

        var stored = await host.ReadQueryAsync(query.Id);
        Assert.Equal(QueryState.Cancelled, stored.State);
        Assert.False(await host.Get<IQueryJobs>().CancelAsync(query.Id, TestContext.Current.CancellationToken));
    }

    public void Dispose() => _data.Dispose();

    private static Task WaitUntilListeningAsync(JobHost host, int storeNodeId) =>
        JobHost.WaitUntilAsync(
            () => host.Get<IStoreNodeStatuses>().Current.Any(state => state.StoreNodeId == storeNodeId && state.IsListening),
            "the store node listens");
}
