using Microsoft.Extensions.Logging.Abstractions;
using OpenRem.Domain.Find;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Archive;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>The Domain's find phase run end to end over the adapter against real archives.</summary>
[Collection(ArchivePeersGroup.Name)]
public sealed class FindPhaseOverArchiveTests(ArchivePeers peers)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>
    /// A CT query of every date. The samples hold one study with a CT object: the Philips secondary capture whose only
    /// series is described "Dose Info", which the CT rule keeps (reference-behaviour.md §3.11.4: a study without dose
    /// SR keeps its "dose info" series and drops every other). Orthanc matches ModalitiesInStudy=CT and answers that
    /// study alone. dcmqrscp ignores the key and answers every study without their modalities; their series then say
    /// which hold CT, the others are removed as modalities not asked for, and without series descriptions the CT rule
    /// keeps the series of at most five images: the same one.
    /// </summary>
    [Theory]
    [InlineData(ArchiveKind.Orthanc)]
    [InlineData(ArchiveKind.Dcmqrscp)]
    public async Task A_CT_query_keeps_the_Philips_dose_info_series(ArchiveKind kind)
    {
        var holdings = ArchivePeers.Holdings(kind);
        var ctStudy = Assert.Single(holdings.Where(sample => sample.Modality == "CT").Select(sample => sample.StudyInstanceUid).Distinct());
        var doseInfo = Assert.Single(SampleLibrary.OfStudy(holdings, ctStudy), sample => string.Equals(sample.SeriesDescription, "Dose Info", StringComparison.OrdinalIgnoreCase));
        var node = ArchiveNodes.Node(peers.Endpoint(kind));
        var store = StoreNode.Create(new StoreNodeSettings { Name = "store", AeTitle = ArchivePeers.StoreAeTitle, Port = peers.Store.Port }, []);
        var query = Query.Create(
            new QueryRequest { RemoteNodeId = 1, StoreNodeId = 2, Modalities = ModalitySelection.Of(ModalityGroup.Ct) },
            node,
            store,
            TimeProvider.System);
        var progress = new RecordingProgress();
        var phase = new FindPhase(new DicomRemoteArchiveConnector(NullLoggerFactory.Instance), new InMemoryImportedObjects(), progress, TimeProvider.System);

        var state = await phase.RunAsync(query, node, Token);

        Assert.True(state == QueryState.Filtered, $"{state}: {query.Error}\n{string.Join('\n', progress.Lines.Select(line => line.Text))}");
        Assert.Empty(query.RemoteErrors);
        Assert.Equal([ctStudy], query.KeptStudies.Select(study => study.StudyInstanceUid));
        Assert.Equal([doseInfo.SeriesInstanceUid], query.KeptStudies.SelectMany(study => study.KeptSeries).Select(series => series.SeriesInstanceUid));
        Assert.Equal(1, query.FindCounts.StudyRequests);
    }

    [Fact]
    public async Task An_archive_that_cannot_be_reached_fails_the_query_with_the_reason()
    {
        var port = FreePort.Next();
        var node = ArchiveNodes.Node("127.0.0.1", port, "NOBODY");
        var store = StoreNode.Create(new StoreNodeSettings { Name = "store", AeTitle = ArchivePeers.StoreAeTitle, Port = peers.Store.Port }, []);
        var query = Query.Create(
            new QueryRequest { RemoteNodeId = 1, StoreNodeId = 2, Modalities = ModalitySelection.Of(ModalityGroup.Ct) },
            node,
            store,
            TimeProvider.System);
        var phase = new FindPhase(new DicomRemoteArchiveConnector(NullLoggerFactory.Instance), new InMemoryImportedObjects(), new RecordingProgress(), TimeProvider.System);

        var state = await phase.RunAsync(query, node, Token);

        Assert.Equal(QueryState.Failed, state);
        Assert.Equal($"Could not associate with {node.Name}: connection refused by 127.0.0.1:{port}", query.Error);
    }
}
