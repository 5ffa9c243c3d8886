using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRem.Domain.Find;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Queries;
using OpenRem.Infrastructure.Running;
using OpenRem.Infrastructure.Tests.Persistence;
using OpenRem.Infrastructure.Tests.StoreNodes;

namespace OpenRem.Infrastructure.Tests.Running;

/// <summary>The start-up sweep: what a stopped process left queued, querying or retrieving is marked interrupted; nothing else changes.</summary>
public sealed class InterruptedQuerySweepTests : IAsyncLifetime
{
    private StoreNodeTestBed _bed = null!;
    private RemoteNode _remote = null!;
    private StoreNode _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bed = await StoreNodeTestBed.CreateAsync();
        _remote = await _bed.Get<IRemoteNodeRepository>().AddAsync(NodeRepositoryTests.Remote("Main PACS"), Ct);
        _store = await _bed.AddNodeAsync("Store", "SWEEP");
    }

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task Queries_left_queued_querying_or_retrieving_are_marked_interrupted_with_a_log_line_and_the_others_are_left_alone()
    {
        var queued = await AddAsync();
        var querying = await AddAsync(query => query.BeginFind(TimeProvider.System.GetUtcNow()));
        var retrieving = await AddAsync(query => query.BeginMove(TimeProvider.System.GetUtcNow()), find: true);
        var filtered = await AddAsync(find: true);

        var swept = await Sweep().RunAsync(Ct);

        Assert.Equal(new[] { queued, querying, retrieving }.Order(), swept.Order());
        await using var db = _bed.NewContext();
        var states = await db.Queries.AsNoTracking().ToDictionaryAsync(query => query.Id, Ct);
        Assert.All(swept, id =>
        {
            Assert.Equal(QueryState.Interrupted, states[id].State);
            Assert.Equal(StopReasons.ApplicationStopped, states[id].StageText);
        });
        Assert.Equal(QueryState.Filtered, states[filtered].State);
        Assert.NotNull(states[retrieving].MoveEndedAt);
        Assert.Null(states[retrieving].WhyResumeIsImpossible());
        Assert.NotNull(states[querying].WhyResumeIsImpossible());
        var lines = await db.QueryLog.AsNoTracking().Where(line => line.QueryId == retrieving && line.Level == QueryLogLevel.Warning).Select(line => line.Text).ToListAsync(Ct);
        Assert.Contains(StopReasons.ApplicationStopped + " It was Retrieving; it is now marked interrupted.", lines);
        Assert.Empty(await Sweep().RunAsync(Ct));
    }

    private InterruptedQuerySweep Sweep() =>
        new(_bed.Get<IDbContextFactory<OpenRemDbContext>>(), TimeProvider.System, NullLogger<InterruptedQuerySweep>.Instance);

    /// <summary>Stores a query, runs a find phase over a script of one CT study when asked, then applies <paramref name="change"/> and writes it.</summary>
    private async Task<Guid> AddAsync(Action<Query>? change = null, bool find = false)
    {
        var time = TimeProvider.System;
        var query = Query.Create(
            new QueryRequest { RemoteNodeId = _remote.Id, StoreNodeId = _store.Id, Modalities = ModalitySelection.Of(ModalityGroup.Ct), RequestedBy = "Sweep tests" },
            _remote,
            _store,
            time);
        await _bed.Get<IQueryRepository>().AddAsync(query, Ct);
        var session = await _bed.Get<IQueryRunSessions>().OpenAsync(query.Id, Ct);
        Assert.NotNull(session);
        await using (session)
        {
            if (find)
            {
                var archive = new ScriptedArchive().WithStudy("CT", new StudyMatch("1.2.3.4.5", "CT", ModalitiesInStudy: ["CT"]), new SeriesMatch("1.2.3.4.5.6", "CT", 1, "Dose Info", 1));
                await new FindPhase(archive, _bed.Get<IImportedObjects>(), session.Progress, time).RunAsync(session.Query, session.RemoteNode!, Ct);
            }

            change?.Invoke(session.Query);
            await session.Progress.StageChangedAsync(session.Query, Ct);
            await session.FlushAsync(Ct);
        }

        return query.Id;
    }
}
