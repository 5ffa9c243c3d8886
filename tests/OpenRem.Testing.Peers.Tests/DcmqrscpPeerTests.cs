using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OpenRem.Testing.Peers.Tests;

[Collection(RealPeerTests.Name)]
public sealed class DcmqrscpPeerTests
{
    private static readonly Dictionary<string, int> NoDestinations = [];

    [Fact(Timeout = 120_000)]
    public async Task Starts_loads_the_samples_and_answers_echo()
    {
        await using var peer = await DcmqrscpPeer.StartAsync("QRSCP", NoDestinations, [SharedMaterial.SamplesDirectory], TestContext.Current.CancellationToken);

        Assert.Equal(SampleFacts.DcmqrscpStored, peer.Loaded.Stored);
        Assert.Equal(SampleFacts.Refused, peer.Loaded.Failed);
        Assert.True(File.Exists(peer.Loaded.LogFile), "storescu's log is kept in the work directory");
        Assert.True(File.Exists(Path.Combine(peer.StorageDirectory, "index.dat")));
        Assert.True(PeerProcesses.IsRunning(peer.Pid));
        Assert.Contains(peer.Pid, PeerProcesses.InWorkDirectory(peer.WorkDirectory));
        Assert.Equal(new DicomEndpoint("127.0.0.1", peer.Port, "QRSCP"), peer.Endpoint);
        var echo = await DcmtkClientTools.EchoAsync(peer.Endpoint, cancellationToken: TestContext.Current.CancellationToken);
        Assert.InRange(echo, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(10));
    }

    [Fact(Timeout = 120_000)]
    public async Task Findscu_gets_every_dated_study_for_a_broad_date_range_as_files()
    {
        using var responses = new TestDirectory();
        await using var peer = await DcmqrscpPeer.StartAsync("QRSCP", NoDestinations, [SharedMaterial.SamplesDirectory], TestContext.Current.CancellationToken);

        var find = await DcmtkClientTools.FindAsync(
            new FindRequest(peer.Endpoint, ["QueryRetrieveLevel=STUDY", SampleFacts.BroadDateRange, "StudyInstanceUID", "PatientID"], responses.Path),
            TestContext.Current.CancellationToken);

        Assert.True(find.Succeeded, find.Log);
        Assert.Equal(SampleFacts.DcmqrscpDatedStudyAnswers, find.ResponseFiles.Count);
        Assert.All(find.ResponseFiles, file =>
        {
            Assert.Equal(responses.Path, Path.GetDirectoryName(file));
            Assert.True(Part10File.Is(file), file);
        });
    }

    [Fact(Timeout = 120_000)]
    public async Task Movescu_moves_one_study_to_a_storescp_peer()
    {
        await using var store = await StorescpPeer.StartAsync("OPENREM_STORE", TestContext.Current.CancellationToken);
        var destinations = new Dictionary<string, int> { ["OTHER_STORE"] = FreePort.Next(), ["OPENREM_STORE"] = store.Port };
        await using var peer = await DcmqrscpPeer.StartAsync("QRSCP", destinations, [SharedMaterial.SamplesDirectory], TestContext.Current.CancellationToken);

        var move = await DcmtkClientTools.MoveAsync(
            new MoveRequest(peer.Endpoint, "OPENREM_STORE", ["QueryRetrieveLevel=STUDY", "StudyInstanceUID=" + SampleFacts.PetCtStudyInstanceUid]),
            TestContext.Current.CancellationToken);

        Assert.True(move.Succeeded, move.Log);
        Assert.Equal((6, 0, 0), (move.Completed, move.Failed, move.Warning));
        Assert.Equal(SampleFacts.PetCtStudyFiles, store.ReceivedFiles().Select(Path.GetFileName));
        Assert.All(store.ReceivedFiles(), file => Assert.True(Part10File.Is(file), file));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_move_to_an_unknown_destination_is_a_result_with_status_A801()
    {
        // dcmqrscp only looks the destination up when something matches: one RDSR of the PET/CT study.
        var sample = SharedMaterial.Sample("NM-CT-RDSR-Siemens.dcm");
        await using var peer = await DcmqrscpPeer.StartAsync(new DcmqrscpOptions { Samples = [sample] }, TestContext.Current.CancellationToken);

        var move = await DcmtkClientTools.MoveAsync(
            new MoveRequest(peer.Endpoint, "NOSUCHAE", ["QueryRetrieveLevel=STUDY", "StudyInstanceUID=" + SampleFacts.PetCtStudyInstanceUid]),
            TestContext.Current.CancellationToken);

        Assert.Equal(1, peer.Loaded.Stored);
        Assert.False(move.Succeeded);
        Assert.Equal(0xA801, move.Status);
        Assert.Contains("Move Destination unknown", move.StatusText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact(Timeout = 60_000)]
    public async Task Dispose_stops_it_by_pid_leaves_no_process_and_deletes_its_temporary_folder()
    {
        var peer = await DcmqrscpPeer.StartAsync(new DcmqrscpOptions(), TestContext.Current.CancellationToken);
        var (pid, workDirectory) = (peer.Pid, peer.WorkDirectory);
        Assert.Contains(Path.Combine(workDirectory, "dcmqrscp.cfg"), PeerAssert.Arguments(pid));

        await peer.DisposeAsync();

        PeerAssert.NothingLeft(pid, workDirectory);
        Assert.False(Directory.Exists(workDirectory));
        await Assert.ThrowsAsync<ExternalCommandException>(() => DcmtkClientTools.EchoAsync(peer.Endpoint, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_start_on_a_taken_port_fails_with_the_logs_and_leaves_no_process()
    {
        using var work = new TestDirectory();
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<PeerStartException>(
            () => DcmqrscpPeer.StartAsync(new DcmqrscpOptions { Port = port, WorkDirectory = work.Path }, TestContext.Current.CancellationToken));

        Assert.Contains($"port {port.ToString(CultureInfo.InvariantCulture)} already in use", error.Message, StringComparison.Ordinal);
        Assert.Contains("harness.log", error.Message, StringComparison.Ordinal);
        Assert.Empty(PeerProcesses.InWorkDirectory(work.Path));
        Assert.True(File.Exists(work.Combine("harness.log")), "a work directory the caller gave is kept, with the log");
    }

    [Fact(Timeout = 60_000)]
    public async Task Cancelling_while_the_samples_load_stops_dcmqrscp_and_the_loader()
    {
        using var work = new TestDirectory();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var port = FreePort.Next();
        var options = new DcmqrscpOptions { Port = port, WorkDirectory = work.Path, Samples = [SharedMaterial.SamplesDirectory] };

        var start = DcmqrscpPeer.StartAsync(options, cancellation.Token);
        var pid = await WaitUntilLoadingAsync(start, work, port);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => start);
        PeerAssert.NothingLeft(pid, work.Path);
        Assert.Empty(LoadersOn(port));
    }

    /// <summary>Waits until dcmqrscp answered (its start script has finished) and storescu is sending to it.</summary>
    private static async Task<int> WaitUntilLoadingAsync(Task<DcmqrscpPeer> start, TestDirectory work, int port)
    {
        while (!start.IsCompleted && !await IsLoadingAsync(work, port))
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.False(start.IsCompleted, "the start ended before storescu began to load");
        return int.Parse((await File.ReadAllTextAsync(work.Combine("dcmqrscp.pid"), TestContext.Current.CancellationToken)).Trim(), CultureInfo.InvariantCulture);
    }

    private static async Task<bool> IsLoadingAsync(TestDirectory work, int port)
    {
        var log = work.Combine("harness.log");
        return File.Exists(log)
            && (await File.ReadAllTextAsync(log, TestContext.Current.CancellationToken)).Contains("start-dcmqrscp.sh", StringComparison.Ordinal)
            && LoadersOn(port).Count > 0;
    }

    /// <summary>Live storescu processes sending to the port.</summary>
    private static List<int> LoadersOn(int port)
    {
        var portText = port.ToString(CultureInfo.InvariantCulture);
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && PeerProcesses.IsRunning(pid))
            {
                try
                {
                    var arguments = PeerAssert.Arguments(pid);
                    if (arguments.Count > 0 && arguments[0].EndsWith("storescu", StringComparison.Ordinal) && arguments.Contains(portText))
                    {
                        found.Add(pid);
                    }
                }
                catch (IOException)
                {
                    // Ended meanwhile.
                }
            }
        }

        return found;
    }
}
