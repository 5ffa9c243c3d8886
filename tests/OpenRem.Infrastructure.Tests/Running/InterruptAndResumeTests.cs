using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Domain.Retrieve;
using OpenRem.Infrastructure.Archive;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Queries;
using OpenRem.Infrastructure.Running;
using OpenRem.Infrastructure.Tests.Archive;
using OpenRem.Infrastructure.Tests.StoreNodes;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Running;

/// <summary>
/// A retrieve from Orthanc (loaded with the shared samples) into a store node run by this application, stopped by the
/// host part way: the query ends interrupted; after a restart of the store node host and the start-up sweep, resuming
/// it ends done and every selected object has arrived once, and only once.
/// </summary>
public sealed class InterruptAndResumeTests : IAsyncLifetime
{
    private const string StoreAeTitle = "OPENREM_RESUME";

    private StoreNodeTestBed _bed = null!;
    private OrthancPeer? _orthanc;
    private StoreNode _store = null!;
    private RemoteNode _remote = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bed = await StoreNodeTestBed.CreateAsync();
        var port = FreePort.Next();
        _store = await _bed.AddNodeAsync("Resume store", StoreAeTitle, port);
        _orthanc = await OrthancPeer.StartAsync(ArchivePeers.OrthancAeTitle, new Dictionary<string, int>(StringComparer.Ordinal) { [StoreAeTitle] = port }, [SharedMaterial.SamplesDirectory]);
        Assert.Equal(SampleLibrary.InOrthanc.Count, _orthanc.Loaded.Stored);
        _remote = await _bed.Get<IRemoteNodeRepository>().AddAsync(
            new RemoteNodeSettings { Name = "Orthanc", AeTitle = _orthanc.AeTitle, Host = "127.0.0.1", Port = _orthanc.DicomPort, Timeouts = ArchiveNodes.Timeouts },
            Ct);
        await _bed.StartAsync();
        await _bed.WaitUntilListeningAsync(_store);
    }

    public async ValueTask DisposeAsync()
    {
        await _bed.DisposeAsync();
        if (_orthanc is not null)
        {
            await _orthanc.DisposeAsync();
        }
    }

    /// <summary>The host stops between two series, after the second request.</summary>
    [Fact]
    public Task A_retrieve_interrupted_between_series_resumes_after_a_restart_and_every_object_arrives_exactly_once() =>
        InterruptAndResumeAsync(query => query.MoveCounts.RequestsDone >= 2);

    /// <summary>
    /// The host stops while a series of several images is being moved, after the archive reported one sent: resuming
    /// lists that series' instances and moves only those that did not arrive (all of them arrived when the archive
    /// finished the series regardless of the C-CANCEL).
    /// </summary>
    [Fact]
    public Task A_retrieve_interrupted_within_a_series_moves_only_its_missing_images_on_resume_and_every_object_arrives_exactly_once() =>
        InterruptAndResumeAsync(query => query.StageText.Contains("Match returned, further matches are continuing. Sub-ops completed: 1,", StringComparison.Ordinal));

    private async Task InterruptAndResumeAsync(Func<Query, bool> stopWhen)
    {
        var query = Query.Create(
            new QueryRequest
            {
                RemoteNodeId = _remote.Id,
                StoreNodeId = _store.Id,
                Modalities = ModalitySelection.Of(ModalityGroup.Mammography, ModalityGroup.Radiography),
                Dates = StudyDateWindow.AllDates,
                MoveWhenFound = true,
                Origin = QueryOrigin.Schedule,
                RequestedBy = "Resume tests",
            },
            _remote,
            _store,
            TimeProvider.System);
        await _bed.Get<IQueryRepository>().AddAsync(query, Ct);
        using var host = new ShutdownWhenArrived(stopWhen, async () => await ArrivalsOfAsync(query.Id) > 0);

        var first = await Runner().RunAsync(query.Id, QueryRunKind.Find, host.Decorate, Ct, host.Shutdown);

        Assert.True(host.Shutdown.IsCancellationRequested, "the retrieve ended before the host stopped it");
        var interrupted = await LoadAsync(query.Id);
        Assert.True(first == QueryState.Interrupted, $"{first}: {interrupted.StageText}");
        Assert.Equal(QueryState.Interrupted, interrupted.State);
        Assert.StartsWith(StopReasons.ApplicationStopped + "\nMove stopped: ", interrupted.StageText, StringComparison.Ordinal);
        Assert.Contains(RetrievalStatus.NotAttempted, interrupted.KeptStudies.SelectMany(study => study.KeptSeries).Select(series => series.Retrieval.Status));
        Assert.Null(interrupted.WhyResumeIsImpossible());
        var arrivedBefore = await ArrivalsOfAsync(query.Id);
        Assert.True(arrivedBefore > 0);

        // The application starts again: the store nodes come back, and the sweep finds nothing left running.
        await _bed.StopAsync();
        await _bed.StartAsync();
        await _bed.WaitUntilListeningAsync(_store);
        Assert.Empty(await new InterruptedQuerySweep(_bed.Get<IDbContextFactory<OpenRemDbContext>>(), TimeProvider.System, NullLogger<InterruptedQuerySweep>.Instance).RunAsync(Ct));

        var resumed = await Runner().RunAsync(query.Id, QueryRunKind.Resume, Ct);

        var done = await LoadAsync(query.Id);
        Assert.True(resumed == QueryState.Done, $"{resumed}: {done.StageText}");
        var selected = RetrievePlan.For(done).Series.Select(series => series.SeriesInstanceUid).ToHashSet(StringComparer.Ordinal);
        var expected = SampleLibrary.InOrthanc.Where(sample => selected.Contains(sample.SeriesInstanceUid)).Select(sample => sample.SopInstanceUid).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Count > arrivedBefore, $"{expected.Count} objects selected, {arrivedBefore} arrived before the stop");
        await using var db = _bed.NewContext();
        var arrivals = await db.ObjectArrivals.AsNoTracking().Select(arrival => new { arrival.SopInstanceUid, arrival.QueryId }).ToListAsync(Ct);
        var timesReceived = arrivals.GroupBy(arrival => arrival.SopInstanceUid, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        Assert.Equal(expected, timesReceived.Keys.Order(StringComparer.Ordinal));
        Assert.All(timesReceived, received => Assert.True(received.Value == 1, $"{received.Key} arrived {received.Value} times"));
        Assert.All(arrivals, arrival => Assert.Equal(query.Id, arrival.QueryId));
        var imported = await db.ImportedObjects.AsNoTracking().Where(imported => expected.Contains(imported.SopInstanceUid)).Select(imported => imported.SopInstanceUid).ToListAsync(Ct);
        Assert.Equal(expected, imported.Order(StringComparer.Ordinal));
        Assert.StartsWith("Resumed: ", done.MoveSummary, StringComparison.Ordinal);
        Assert.Equal(expected.Count, done.MoveCounts.ObjectsArrived);
        TestContext.Current.TestOutputHelper?.WriteLine($"Interrupted:\n{interrupted.StageText}\n\nResumed:\n{done.MoveSummary}");
    }

    private StoredQueryRunner Runner() => new(
        _bed.Get<IQueryRunSessions>(),
        new DicomRemoteArchiveConnector(NullLoggerFactory.Instance),
        _bed.Get<IImportedObjects>(),
        _bed.Get<IRetrieveArrivals>(),
        new RunningQueries(),
        TimeProvider.System,
        NullLogger<StoredQueryRunner>.Instance);

    private async Task<int> ArrivalsOfAsync(Guid queryId)
    {
        await using var db = _bed.NewContext();
        return await db.ObjectArrivals.CountAsync(arrival => arrival.QueryId == queryId, Ct);
    }

    /// <summary>The query as the database holds it, with its responses.</summary>
    private async Task<Query> LoadAsync(Guid queryId)
    {
        var session = await _bed.Get<IQueryRunSessions>().OpenAsync(queryId, Ct);
        Assert.NotNull(session);
        await using (session)
        {
            return session.Query;
        }
    }
}
