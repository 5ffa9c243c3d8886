using System.Diagnostics;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Testing.Peers;
using MoveRequest = OpenRem.Domain.Ports.Archive.MoveRequest;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>
/// One association per connection, seen from dcmqrscp's log (it logs every association it receives, its release and
/// any C-CANCEL): opened by the first call, kept, replaced when lost, released on dispose. Each test calls with its
/// own calling AE title, which dcmqrscp writes in the "Association Received" line.
/// </summary>
[Collection(ArchivePeersGroup.Name)]
public sealed class AssociationLifetimeTests(ArchivePeers peers)
{
    private const string Released = "Association Release";
    private const string Aborted = "Association Aborted";
    private static readonly TimeSpan LogLimit = TimeSpan.FromSeconds(30);
    private static readonly StudyFindRequest AllStudies = new(string.Empty, string.Empty, "CT", IncludeEmptyModalityKey: false);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Connect_does_no_network_work_and_dispose_without_a_call_has_nothing_to_release()
    {
        var log = PeerLog.Mark(peers.Dcmqrscp.LogFile);
        var archive = Connect("OPENREM_IDLE", ArchiveService.Find);

        await archive.DisposeAsync();
        await DcmtkClientTools.EchoAsync(peers.Dcmqrscp.Endpoint, "OPENREM_ECHO", Token);

        await log.WaitForAsync(Received("OPENREM_ECHO"), 1, LogLimit, Token);
        Assert.Equal(0, log.Count(Received("OPENREM_IDLE")));
    }

    [Fact]
    public async Task Calls_share_one_association_which_dispose_releases()
    {
        var log = PeerLog.Mark(peers.Dcmqrscp.LogFile);
        var sample = SampleLibrary.File("NM-PetIm-Siemens.dcm");

        await using (var archive = Connect("OPENREM_REUSE", ArchiveService.Find))
        {
            Assert.NotEmpty(await Collect.AllAsync(archive.FindStudiesAsync(AllStudies, Token)));
            Assert.NotEmpty(await Collect.AllAsync(archive.FindSeriesAsync(new SeriesFindRequest(sample.StudyInstanceUid), Token)));
            Assert.NotEmpty(await Collect.AllAsync(archive.FindImagesAsync(new ImageFindRequest(sample.StudyInstanceUid, sample.SeriesInstanceUid, null), Token)));
            Assert.Equal(0, log.Count(Released));
        }

        await log.WaitForAsync(Released, 1, LogLimit, Token);
        Assert.Equal(1, log.Count(Received("OPENREM_REUSE")));
        Assert.Equal(3, log.Count("Received Find SCP"));
        Assert.Equal(0, log.Count(Aborted));
    }

    [Fact]
    public async Task Dispose_releases_after_a_failed_move_too()
    {
        var log = PeerLog.Mark(peers.Dcmqrscp.LogFile);
        var sample = SampleLibrary.File("NM-PetIm-Siemens.dcm");
        var request = new MoveRequest(QueryLevel.Series, sample.StudyInstanceUid, sample.SeriesInstanceUid, null, AeTitle.Parse("NOSUCHAE"));

        await using (var archive = Connect("OPENREM_FAILED", ArchiveService.Move))
        {
            Assert.Equal(0xA801, (await Collect.AllAsync(archive.MoveAsync(request, Token)))[^1].Status);
        }

        await log.WaitForAsync(Released, 1, LogLimit, Token);
        Assert.Equal(1, log.Count(Received("OPENREM_FAILED")));
        Assert.Equal(0, log.Count(Aborted));
    }

    [Fact]
    public async Task Renew_releases_the_association_and_the_next_call_opens_a_new_one()
    {
        var log = PeerLog.Mark(peers.Dcmqrscp.LogFile);
        await using var archive = Connect("OPENREM_RENEW", ArchiveService.Find);
        Assert.NotEmpty(await Collect.AllAsync(archive.FindStudiesAsync(AllStudies, Token)));

        await archive.RenewAsync(Token);
        await log.WaitForAsync(Released, 1, LogLimit, Token);
        Assert.NotEmpty(await Collect.AllAsync(archive.FindStudiesAsync(AllStudies, Token)));

        Assert.Equal(2, log.Count(Received("OPENREM_RENEW")));
    }

    [Fact]
    public async Task An_association_the_archive_dropped_is_replaced_and_the_replacement_is_kept()
    {
        var log = PeerLog.Mark(peers.Dcmqrscp.LogFile);
        var before = ChildProcesses.Of(peers.Dcmqrscp.Pid);
        await using var archive = Connect("OPENREM_DROP", ArchiveService.Find);
        var first = await Collect.AllAsync(archive.FindStudiesAsync(AllStudies, Token));

        // dcmqrscp serves each association in a child process; ending ours drops the connection without a word.
        var serving = Assert.Single(ChildProcesses.Of(peers.Dcmqrscp.Pid).Except(before));
        using (var child = Process.GetProcessById(serving))
        {
            child.Kill();
            await child.WaitForExitAsync(Token);
        }

        var second = await Collect.AllAsync(archive.FindStudiesAsync(AllStudies, Token));
        var third = await Collect.AllAsync(archive.FindStudiesAsync(AllStudies, Token));

        Assert.Equal(first.Count, second.Count);
        Assert.Equal(first.Count, third.Count);
        Assert.Equal(2, log.Count(Received("OPENREM_DROP")));
    }

    [Fact]
    public async Task An_association_the_archive_closes_when_idle_is_replaced_by_the_next_call()
    {
        // Orthanc aborts an association that stays idle for DicomScpTimeout seconds.
        var sample = SampleLibrary.File("NM-PetIm-Siemens.dcm");
        await using var orthanc = await OrthancPeer.StartAsync(new OrthancOptions { ExtraJson = "\"DicomScpTimeout\": 1", Samples = [SharedMaterial.Sample(sample.FileName)] }, Token);
        var (loggers, recorder) = RecordingLoggerProvider.CreateFactory();
        using var _ = loggers;
        await using var archive = ArchiveNodes.Connect(orthanc.Endpoint, ArchiveService.Find, loggers);
        var request = new StudyFindRequest(string.Empty, string.Empty, sample.Modality, IncludeEmptyModalityKey: false);
        var first = await Collect.AllAsync(archive.FindStudiesAsync(request, Token));

        await recorder.WaitForAsync("ended: association aborted", LogLimit, Token);
        var second = await Collect.AllAsync(archive.FindStudiesAsync(request, Token));

        Assert.Equal([sample.StudyInstanceUid], first.Select(match => match.StudyInstanceUid));
        Assert.Equal([sample.StudyInstanceUid], second.Select(match => match.StudyInstanceUid));
        Assert.Equal(2, recorder.Lines.Count(line => line.Contains("Association established", StringComparison.Ordinal)));
        Assert.Contains(recorder.Lines, line => line.Contains("was lost; a new one is opened", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_a_find_sends_C_CANCEL_and_the_association_serves_the_next_call()
    {
        var log = PeerLog.Mark(peers.Dcmqrscp.LogFile);
        var (loggers, recorder) = RecordingLoggerProvider.CreateFactory();
        using var _ = loggers;
        await using var archive = ArchiveNodes.Connect(ArchiveNodes.Node(peers.Dcmqrscp.Endpoint, callingAeTitle: "OPENREM_CANCEL"), ArchiveService.Find, loggers);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var received = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var match in archive.FindStudiesAsync(AllStudies, cancel.Token))
            {
                received++;
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(1, received);
        Assert.Contains(recorder.Lines, line => line.Contains("Sending C-CANCEL", StringComparison.Ordinal));
        // The peer either stops matching (status "Cancel: MatchingTerminatedDueToCancelRequest") or had already sent its
        // last response and ignores the late C-CANCEL.
        await log.WaitForAnyAsync(["[status: Cancel", "late C-CANCEL-RQ"], LogLimit, Token);
        Assert.True(log.Count("[status: Cancel") + log.Count("late C-CANCEL-RQ") == 1, log.Text());

        var all = await Collect.AllAsync(archive.FindStudiesAsync(AllStudies, Token));
        Assert.True(all.Count > received);
        Assert.Equal(1, log.Count(Received("OPENREM_CANCEL")));
    }

    [Fact]
    public async Task Cancelling_a_move_sends_C_CANCEL_and_the_association_serves_the_next_call()
    {
        var log = PeerLog.Mark(peers.Dcmqrscp.LogFile);
        var (loggers, recorder) = RecordingLoggerProvider.CreateFactory();
        using var _ = loggers;
        var study = SampleLibrary.File("NM-CT-RDSR-Siemens.dcm").StudyInstanceUid;
        var image = SampleLibrary.File("NM-PetIm-Siemens.dcm");
        Assert.True(SampleLibrary.OfStudy(SampleLibrary.InDcmqrscp, study).Count > 2, "the study should hold several instances");
        await using var archive = ArchiveNodes.Connect(ArchiveNodes.Node(peers.Dcmqrscp.Endpoint, callingAeTitle: "OPENREM_STOPMOVE"), ArchiveService.Move, loggers);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var store = AeTitle.Parse(ArchivePeers.StoreAeTitle);
        var received = new List<MoveResponse>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var response in archive.MoveAsync(new MoveRequest(QueryLevel.Study, study, string.Empty, null, store), cancel.Token))
            {
                received.Add(response);
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(0xFF00, Assert.Single(received).Status);
        Assert.Contains(recorder.Lines, line => line.Contains("Sending C-CANCEL", StringComparison.Ordinal));
        // dcmqrscp either ends the sub-operations (status "Cancel: ...") or had already sent its final response.
        await log.WaitForAnyAsync(["[status: Cancel", "late C-CANCEL-RQ"], LogLimit, Token);
        Assert.True(log.Count("[status: Cancel") + log.Count("late C-CANCEL-RQ") == 1, log.Text());
        var next = await Collect.AllAsync(archive.MoveAsync(new MoveRequest(QueryLevel.Image, image.StudyInstanceUid, image.SeriesInstanceUid, image.SopInstanceUid, store), Token));
        Assert.Equal(0x0000, next[^1].Status);
        Assert.Equal(1, log.Count(Received("OPENREM_STOPMOVE")));
    }

    [Fact]
    public async Task Leaving_a_find_early_cancels_it_and_the_association_serves_the_next_call()
    {
        var log = PeerLog.Mark(peers.Dcmqrscp.LogFile);
        await using var archive = Connect("OPENREM_LEAVE", ArchiveService.Find);

        await foreach (var match in archive.FindStudiesAsync(AllStudies, Token))
        {
            break;
        }

        Assert.NotEmpty(await Collect.AllAsync(archive.FindStudiesAsync(AllStudies, Token)));
        Assert.Equal(1, log.Count(Received("OPENREM_LEAVE")));
        Assert.Equal(0, log.Count(Aborted));
    }

    [Fact]
    public async Task A_second_call_while_the_first_is_still_being_read_is_refused()
    {
        await using var archive = Connect("OPENREM_TWICE", ArchiveService.Find);
        await using var first = archive.FindStudiesAsync(AllStudies, Token).GetAsyncEnumerator(Token);
        Assert.True(await first.MoveNextAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => Collect.AllAsync(archive.FindStudiesAsync(AllStudies, Token)));
        Assert.True(await first.MoveNextAsync());
    }

    private static string Received(string callingAeTitle) => $"Association Received (127.0.0.1:{callingAeTitle} -> {ArchivePeers.DcmqrscpAeTitle})";

    private IRemoteArchive Connect(string callingAeTitle, ArchiveService service) =>
        ArchiveNodes.Connect(ArchiveNodes.Node(peers.Dcmqrscp.Endpoint, callingAeTitle: callingAeTitle), service);
}
