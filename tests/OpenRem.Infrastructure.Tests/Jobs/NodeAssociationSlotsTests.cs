using Microsoft.Extensions.Logging.Abstractions;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Infrastructure.Archive;
using OpenRem.Infrastructure.Tests.Archive;

namespace OpenRem.Infrastructure.Tests.Jobs;

/// <summary>The limit of parallel associations per node, shared by every connection of the application.</summary>
public sealed class NodeAssociationSlotsTests(JobPeers peers) : IClassFixture<JobPeers>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASlotBeyondTheLimitWaitsUntilOneIsGivenBack()
    {
        var slots = new NodeAssociationSlots();
        var node = ArchiveNodes.Node("127.0.0.1", 104, "PACS");
        var first = await slots.AcquireAsync(node, Ct);

        var second = slots.AcquireAsync(node, Ct).AsTask();
        await Task.Delay(200, Ct);
        Assert.False(second.IsCompleted, "A second association was allowed beside the first one with a limit of 1.");
        Assert.Equal(1, slots.InUse("127.0.0.1", 104, "PACS"));

        first.Dispose();
        (await second).Dispose();
        Assert.Equal(0, slots.InUse("127.0.0.1", 104, "PACS"));
    }

    [Fact]
    public async Task DifferentNodesDoNotShareALimit()
    {
        var slots = new NodeAssociationSlots();
        using var one = await slots.AcquireAsync(ArchiveNodes.Node("127.0.0.1", 104, "PACS"), Ct);
        using var other = await slots.AcquireAsync(ArchiveNodes.Node("127.0.0.1", 105, "PACS"), Ct);
        Assert.Equal(1, slots.InUse("127.0.0.1", 104, "PACS"));
        Assert.Equal(1, slots.InUse("127.0.0.1", 105, "PACS"));
    }

    [Fact]
    public async Task ASecondConnectionToANodeLimitedToOneAssociationWaitsForTheFirstToClose()
    {
        var slots = new NodeAssociationSlots();
        var connector = new DicomRemoteArchiveConnector(NullLoggerFactory.Instance, slots);
        var node = ArchiveNodes.Node(peers.Orthanc.Endpoint);
        Assert.Equal(1, node.MaxParallelAssociations);
        var request = new StudyFindRequest(StudyDate: string.Empty, StudyTime: string.Empty, ModalityInStudy: string.Empty, IncludeEmptyModalityKey: false);

        var first = connector.Connect(new ArchiveConnectionOptions(node, node.EffectiveCallingAeTitle, ArchiveService.Find));
        Assert.NotEmpty(await Collect.AllAsync(first.FindStudiesAsync(request, Ct)));
        Assert.Equal(1, slots.InUse(node.Host.Value, node.Port, node.AeTitle.Value));

        await using var second = connector.Connect(new ArchiveConnectionOptions(node, node.EffectiveCallingAeTitle, ArchiveService.Find));
        var secondFind = Collect.AllAsync(second.FindStudiesAsync(request, Ct));
        await Task.Delay(300, Ct);
        Assert.False(secondFind.IsCompleted, "The second connection opened an association while the first still held the node's only one.");

        await first.DisposeAsync();
        Assert.NotEmpty(await secondFind);
        Assert.Equal(1, slots.InUse(node.Host.Value, node.Port, node.AeTitle.Value));
        await second.DisposeAsync();
        Assert.Equal(0, slots.InUse(node.Host.Value, node.Port, node.AeTitle.Value));
    }
}
