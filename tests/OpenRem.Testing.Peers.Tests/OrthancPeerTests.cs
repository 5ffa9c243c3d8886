namespace OpenRem.Testing.Peers.Tests;

[Collection(RealPeerTests.Name)]
public sealed class OrthancPeerTests
{
    private static readonly Dictionary<string, int> NoDestinations = [];

    [Fact(Timeout = 120_000)]
    public async Task Starts_loads_the_samples_and_answers_findscu_at_study_level()
    {
        using var responses = new TestDirectory();
        await using var peer = await OrthancPeer.StartAsync("ORTHANC", NoDestinations, [SharedMaterial.SamplesDirectory], TestContext.Current.CancellationToken);

        Assert.Equal((SampleFacts.OrthancStored, 0, SampleFacts.Refused), (peer.Loaded.Stored, peer.Loaded.AlreadyStored, peer.Loaded.Failed));
        var statistics = await peer.GetStatisticsAsync(TestContext.Current.CancellationToken);
        Assert.Equal((SampleFacts.OrthancStudies, SampleFacts.OrthancStored), (statistics.Studies, statistics.Instances));
        var find = await DcmtkClientTools.FindAsync(
            new FindRequest(peer.Endpoint, ["QueryRetrieveLevel=STUDY", SampleFacts.BroadDateRange, "StudyInstanceUID", "ModalitiesInStudy"], responses.Path),
            TestContext.Current.CancellationToken);
        Assert.True(find.Succeeded, find.Log);
        Assert.Equal(SampleFacts.OrthancDatedStudyAnswers, find.ResponseFiles.Count);
        Assert.All(find.ResponseFiles, file => Assert.True(Part10File.Is(file), file));
    }

    [Fact(Timeout = 120_000)]
    public async Task Movescu_moves_one_study_uploaded_over_rest_to_a_storescp_peer()
    {
        await using var store = await StorescpPeer.StartAsync("OPENREM_STORE", TestContext.Current.CancellationToken);
        var destinations = new Dictionary<string, int> { ["OPENREM_STORE"] = store.Port, ["OTHER_STORE"] = FreePort.Next() };
        await using var peer = await OrthancPeer.StartAsync("ORTHANC", destinations, [], TestContext.Current.CancellationToken);

        var upload = await peer.UploadAsync([SharedMaterial.SamplesDirectory], TestContext.Current.CancellationToken);
        var move = await DcmtkClientTools.MoveAsync(
            new MoveRequest(peer.Endpoint, "OPENREM_STORE", ["QueryRetrieveLevel=STUDY", "StudyInstanceUID=" + SampleFacts.PetCtStudyInstanceUid]),
            TestContext.Current.CancellationToken);

        Assert.Equal((SampleFacts.OrthancStored, SampleFacts.Refused), (upload.Stored, upload.Failed));
        Assert.Contains("400 ", await File.ReadAllTextAsync(upload.LogFile!, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.True(move.Succeeded, move.Log);
        Assert.Equal((6, 0), (move.Completed, move.Failed));
        Assert.Equal(SampleFacts.PetCtStudyFiles, store.ReceivedFiles().Select(Path.GetFileName));
    }

    [Fact(Timeout = 120_000)]
    public async Task Loads_synthetic_studies_that_findscu_counts()
    {
        using var responses = new TestDirectory();
        await using var peer = await OrthancPeer.StartAsync(new OrthancOptions(), TestContext.Current.CancellationToken);

        var set = await peer.LoadSyntheticStudiesAsync(30, TestContext.Current.CancellationToken);

        Assert.Equal(30, set.Studies.Count);
        Assert.Equal(30, set.Studies.Select(study => study.StudyInstanceUid).Distinct().Count());
        var statistics = await peer.GetStatisticsAsync(TestContext.Current.CancellationToken);
        Assert.Equal((30, set.FileCount), (statistics.Studies, statistics.Instances));
        var find = await DcmtkClientTools.FindAsync(
            new FindRequest(peer.Endpoint, ["QueryRetrieveLevel=STUDY", "StudyInstanceUID", "StudyDate"], responses.Path),
            TestContext.Current.CancellationToken);
        Assert.True(find.Succeeded, find.Log);
        Assert.Equal(30, find.ResponseFiles.Count);
    }

    [Fact(Timeout = 120_000)]
    public async Task The_storage_of_a_stopped_peer_seeds_a_new_one()
    {
        using var first = new TestDirectory();
        using var responses = new TestDirectory();
        string[] samples = ["CT-RDSR-GEPixelMed.dcm", "DX-Im-DRGEM.dcm", "MG-RDSR-Hologic_2D.dcm"];
        OrthancStatistics loaded;
        await using (var peer = await OrthancPeer.StartAsync(
            new OrthancOptions { WorkDirectory = first.Path, Samples = [.. samples.Select(SharedMaterial.Sample)] },
            TestContext.Current.CancellationToken))
        {
            loaded = await peer.GetStatisticsAsync(TestContext.Current.CancellationToken);
        }

        await using var seeded = await OrthancPeer.StartAsync(
            new OrthancOptions { SeedStorageDirectory = first.Combine("storage") },
            TestContext.Current.CancellationToken);

        Assert.Equal(new OrthancStatistics(3, 3, 3, 3), loaded);
        Assert.Equal(loaded, await seeded.GetStatisticsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(PeerLoadResult.None, seeded.Loaded);
        var find = await DcmtkClientTools.FindAsync(
            new FindRequest(seeded.Endpoint, ["QueryRetrieveLevel=STUDY", "StudyInstanceUID"], responses.Path),
            TestContext.Current.CancellationToken);
        Assert.True(find.Succeeded, find.Log);
        Assert.Equal(3, find.ResponseFiles.Count);
    }

    [Fact(Timeout = 60_000)]
    public async Task Dispose_stops_it_by_pid_and_leaves_no_process()
    {
        var peer = await OrthancPeer.StartAsync(new OrthancOptions(), TestContext.Current.CancellationToken);
        var (pid, workDirectory) = (peer.Pid, peer.WorkDirectory);
        Assert.Contains(Path.Combine(workDirectory, "orthanc.json"), PeerAssert.Arguments(pid));

        await peer.DisposeAsync();

        PeerAssert.NothingLeft(pid, workDirectory);
        Assert.False(Directory.Exists(workDirectory));
    }
}
