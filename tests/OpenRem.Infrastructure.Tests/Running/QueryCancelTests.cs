using Microsoft.Extensions.Logging.Abstractions;
using OpenRem.Domain.Find;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Retrieve;
using OpenRem.Infrastructure.Archive;
using OpenRem.Infrastructure.Tests.Archive;
using ScriptedArchive = OpenRem.Infrastructure.Tests.Persistence.ScriptedArchive;

namespace OpenRem.Infrastructure.Tests.Running;

/// <summary>
/// A user cancelling a running find or move against dcmqrscp: the peer receives C-CANCEL, the association is then
/// released (not aborted), and the query ends cancelled saying what had been done. dcmqrscp logs every association it
/// receives, its release or abort, and the status it ends a cancelled operation with.
/// </summary>
public sealed class QueryCancelTests(CancelPeers peers) : IClassFixture<CancelPeers>
{
    private const string Released = "Association Release";
    private const string Aborted = "Association Aborted";
    private static readonly TimeSpan LogLimit = TimeSpan.FromSeconds(30);
    private static readonly string[] CancelHandled = ["[status: Cancel", "late C-CANCEL-RQ"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cancelled_find_sends_C_CANCEL_releases_the_association_and_ends_cancelled_with_the_studies_found()
    {
        var log = PeerLog.Mark(peers.Dcmqrscp.LogFile);
        var node = ArchiveNodes.Node(peers.Dcmqrscp.Endpoint, callingAeTitle: "OPENREM_FINDSTOP");
        var query = Query.Create(
            new QueryRequest { RemoteNodeId = 1, StoreNodeId = 2, Modalities = ModalitySelection.Of(ModalityGroup.Radiography) }, node, SlowStore(), TimeProvider.System);
        using var progress = new StopOnStage(stage => stage.StartsWith("Matches are continuing", StringComparison.Ordinal));
        var (loggers, recorder) = RecordingLoggerProvider.CreateFactory();
        using var _ = loggers;
        var phase = new FindPhase(new DicomRemoteArchiveConnector(loggers), new InMemoryImportedObjects(), progress, TimeProvider.System);

        var state = await phase.RunAsync(query, node, progress.Stop);

        Assert.Equal(QueryState.Cancelled, state);
        Assert.Matches(@"^Cancelled\. Query stopped after .+: [1-9][0-9]* stud(y|ies) found \(0 series and 0 image matches from 1 request\); nothing was kept to move\.$", query.StageText);
        Assert.Contains("The query was cancelled.", progress.Recorded.LinesAt(QueryLogLevel.Warning));
        Assert.Equal(query.StageText, progress.Recorded.Lines[^1].Text);
        Assert.Contains(recorder.Lines, line => line.Contains("Sending C-CANCEL", StringComparison.Ordinal));
        await log.WaitForAnyAsync(CancelHandled, LogLimit, Ct);
        await log.WaitForAsync(Released, 1, LogLimit, Ct);
        Assert.Equal(1, log.Count(Received("OPENREM_FINDSTOP")));
        Assert.Equal(0, log.Count(Aborted));
    }

    [Fact]
    public async Task A_cancelled_move_sends_C_CANCEL_releases_the_association_and_ends_cancelled_with_what_was_sent()
    {
        // The GE radiography series holds three images; the store sleeps after each, so the move is cancelled part way.
        var image = SampleLibrary.File("DX-Im-GE_XR220-1.dcm");
        var store = SlowStore();
        var node = ArchiveNodes.Node(peers.Dcmqrscp.Endpoint);
        var query = await FilteredAsync(node, store, image);
        var log = PeerLog.Mark(peers.Dcmqrscp.LogFile);
        using var progress = new StopOnStage(stage => stage.Contains("Match returned, further matches are continuing", StringComparison.Ordinal));
        var (loggers, recorder) = RecordingLoggerProvider.CreateFactory();
        using var _ = loggers;
        var phase = new MovePhase(new DicomRemoteArchiveConnector(loggers), progress, TimeProvider.System, new ExternalStoreArrivals());

        var state = await phase.RunAsync(query, node, store, progress.Stop);

        Assert.Equal(QueryState.Cancelled, state);
        Assert.StartsWith("Cancelled. Move stopped: 0 of 1 series in 1 study retrieved; 0 requests completed.\nCumulative sub-ops completed: ", query.StageText, StringComparison.Ordinal);
        Assert.EndsWith("\n1 series not retrieved: study 1 series 1.", query.StageText, StringComparison.Ordinal);
        Assert.True(query.MoveCounts.SubOperations.Completed is >= 1 and < 3, query.StageText);
        Assert.Equal(query.StageText, query.MoveSummary);
        Assert.Equal(RetrievalStatus.NotAttempted, query.KeptStudies.Single().KeptSeries.Single().Retrieval.Status);
        Assert.Contains("The query was cancelled.", progress.Recorded.LinesAt(QueryLogLevel.Warning));
        Assert.Contains(recorder.Lines, line => line.Contains("Sending C-CANCEL", StringComparison.Ordinal));
        await log.WaitForAnyAsync(CancelHandled, LogLimit, Ct);
        await log.WaitForAsync(Released, 1, LogLimit, Ct);
        Assert.Equal(1, log.Count(Received(CancelPeers.StoreAeTitle)));
        Assert.Equal(0, log.Count(Aborted));
    }

    private static StoreNode SlowStore() => StoreNode.Create(
        new StoreNodeSettings { Name = "slow store", AeTitle = CancelPeers.StoreAeTitle, Kind = StoreNodeKind.External, Host = "127.0.0.1", Port = 104 },
        []);

    /// <summary>A radiography query whose find phase kept the series of <paramref name="image"/>, found by a script that answers as dcmqrscp holds it.</summary>
    private static async Task<Query> FilteredAsync(RemoteNode node, StoreNode store, SampleObject image)
    {
        var inSeries = SampleLibrary.Objects.Count(sample => sample.SeriesInstanceUid == image.SeriesInstanceUid);
        var script = new ScriptedArchive().WithStudy(
            image.Modality,
            new StudyMatch(image.StudyInstanceUid, ModalitiesInStudy: [image.Modality]),
            new SeriesMatch(image.SeriesInstanceUid, image.Modality, image.SeriesNumber, image.SeriesDescription, inSeries));
        var query = Query.Create(
            new QueryRequest { RemoteNodeId = 1, StoreNodeId = 2, Modalities = ModalitySelection.Of(ModalityGroup.Radiography) }, node, store, TimeProvider.System);
        Assert.Equal(QueryState.Filtered, await new FindPhase(script, new InMemoryImportedObjects(), new RecordingProgress(), TimeProvider.System).RunAsync(query, node, Ct));
        Assert.Equal(3, inSeries);
        return query;
    }

    private static string Received(string callingAeTitle) => $"Association Received (127.0.0.1:{callingAeTitle} -> {ArchivePeers.DcmqrscpAeTitle})";
}
