using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Find;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Queries;
using OpenRem.Infrastructure.Tests.Persistence;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.StoreNodes;

/// <summary>An object that arrives while a query retrieves its series is tied to that query and series response.</summary>
public sealed class StoreNodeRetrieveArrivalTests : IAsyncLifetime
{
    private const string Sample = "CT-RDSR-Siemens_Flash-TAP-SS.dcm";

    private StoreNodeTestBed _bed = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bed = await StoreNodeTestBed.CreateAsync();

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task An_arrival_for_a_retrieving_query_records_its_query_and_series_response_and_is_counted_for_it()
    {
        var (study, series, sop) = StoreNodeReceptionTests.Uids(Sample);
        var node = await _bed.AddNodeAsync("Retrieve store", "RETRIEVE");
        var remote = await _bed.Get<IRemoteNodeRepository>().AddAsync(NodeRepositoryTests.Remote("Main PACS"), Ct);
        var archive = new ScriptedArchive()
            .WithStudy("CT", new StudyMatch(study, "Thorax^TAP (Adult)", "CTAWP00001", ["SR"]), new SeriesMatch(series, "SR", 502, "Dose Report", 1, "CTAWP00001"))
            .WithImages(series, new ImageMatch(sop, SopClassUids.XRayRadiationDoseSr, 1));
        var queryId = await RetrievingQueryAsync(remote, node, archive);
        long seriesResponseId;
        await using (var db = _bed.NewContext())
        {
            seriesResponseId = await db.SeriesResponses.Where(s => s.SeriesInstanceUid == series).Select(s => s.Id).SingleAsync(Ct);
            Assert.Equal(QueryState.Retrieving, (await db.Queries.SingleAsync(q => q.Id == queryId, Ct)).State);
        }

        await _bed.StartAsync();
        await _bed.WaitUntilListeningAsync(node);
        var sent = await StoreNodeTestBed.StoreAsync(node, [SharedMaterial.Sample(Sample)], "PACS");
        await _bed.WaitForArrivalsAsync(1);

        Assert.Equal(1, sent.Sent);
        await using (var db = _bed.NewContext())
        {
            var arrival = await db.ObjectArrivals.AsNoTracking().SingleAsync(Ct);
            Assert.Equal((queryId, seriesResponseId, true), (arrival.QueryId, arrival.SeriesResponseId, arrival.Imported));
            var imported = await db.ImportedObjects.AsNoTracking().SingleAsync(Ct);
            Assert.Equal((queryId, seriesResponseId), (imported.QueryId, imported.SeriesResponseId));
        }

        var counts = await _bed.Get<IRetrieveArrivals>().CountAsync(queryId, Ct);
        Assert.Equal([series], counts.Keys);
        Assert.Equal(new ArrivalCount(1, 1), counts[series]);
    }

    /// <summary>Stores a query whose find phase ran over <paramref name="archive"/> and whose move has begun.</summary>
    private async Task<Guid> RetrievingQueryAsync(RemoteNode remote, StoreNode store, ScriptedArchive archive)
    {
        var time = TimeProvider.System;
        var request = new QueryRequest
        {
            RemoteNodeId = remote.Id,
            StoreNodeId = store.Id,
            Modalities = ModalitySelection.Of(ModalityGroup.Ct),
            Dates = StudyDateWindow.SingleDay(new DateOnly(2024, 3, 1), null, null),
            Options = QueryOptions.Default with { GetEmptySrSeries = true },
            MoveWhenFound = true,
            Origin = QueryOrigin.Schedule,
            RequestedBy = "Store node tests",
        };
        var query = Query.Create(request, remote, store, time);
        await _bed.Get<IQueryRepository>().AddAsync(query, Ct);
        var session = await _bed.Get<IQueryRunSessions>().OpenAsync(query.Id, Ct);
        Assert.NotNull(session);
        await using (session)
        {
            await new FindPhase(archive, _bed.Get<IImportedObjects>(), session.Progress, time).RunAsync(session.Query, session.RemoteNode!, Ct);
            session.Query.BeginMove(time.GetUtcNow());
            await session.Progress.StageChangedAsync(session.Query, Ct);
            await session.FlushAsync(Ct);
        }

        return query.Id;
    }
}
