using OpenRem.Domain.Find;
using OpenRem.Domain.Imported;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Queries;

namespace OpenRem.Infrastructure.Tests.Persistence;

/// <summary>
/// Stored nodes, an archive holding four CT studies and a database that already holds one of their dose reports:
/// a query over them keeps one study, drops the others for a filter, for a dose report found elsewhere and for
/// objects already imported, and records a failed series query.
/// </summary>
internal sealed class QueryScenario(TestDatabase database)
{
    public const string KeptStudy = "1.2.826.0.1.1";
    public const string FilteredStudy = "1.2.826.0.1.2";
    public const string ImportedStudy = "1.2.826.0.1.3";
    public const string FailingStudy = "1.2.826.0.1.4";

    public ScriptedArchive Archive { get; } = new ScriptedArchive()
        .WithStudy("CT", new StudyMatch(KeptStudy, "Chest", "CT01", ["CT", "SR"]),
            new SeriesMatch(KeptStudy + ".1", "CT", 1, "Thorax", 120, "CT01", new TimeOnly(8, 15, 30)),
            new SeriesMatch(KeptStudy + ".2", "SR", 2, "Dose report", 1, "CT01"))
        .WithImages(KeptStudy + ".2", new ImageMatch(KeptStudy + ".2.1", SopClassUids.XRayRadiationDoseSr, 1))
        .WithStudy("CT", new StudyMatch(FilteredStudy, "Head routine", "CT02", ["CT"]),
            new SeriesMatch(FilteredStudy + ".1", "CT", 1, "Brain", 40))
        .WithStudy("CT", new StudyMatch(ImportedStudy, "Abdomen", "CT01", ["CT", "SR"]),
            new SeriesMatch(ImportedStudy + ".1", "CT", 1, "Abdomen", 300),
            new SeriesMatch(ImportedStudy + ".2", "SR", 2, "Dose report", 1))
        .WithImages(ImportedStudy + ".2", new ImageMatch(ImportedStudy + ".2.1", SopClassUids.XRayRadiationDoseSr, 1))
        .WithStudy("CT", new StudyMatch(FailingStudy, "Pelvis", null, ["CT", "SR"]),
            new SeriesMatch(FailingStudy + ".2", "SR", 2, "Dose report", 1))
        .WithImages(FailingStudy + ".2", new ImageMatch(FailingStudy + ".2.1", SopClassUids.XRayRadiationDoseSr, 1))
        .FailSeriesQueryOf(FailingStudy);

    public RemoteNode RemoteNode { get; private set; } = null!;

    public StoreNode StoreNode { get; private set; } = null!;

    public QueryRequest Request => new()
    {
        RemoteNodeId = RemoteNode.Id,
        StoreNodeId = StoreNode.Id,
        Modalities = ModalitySelection.Of(ModalityGroup.Ct),
        Dates = StudyDateWindow.SingleDay(new DateOnly(2024, 3, 1), new TimeOnly(8, 0), new TimeOnly(12, 30)),
        Filters = StudyFilters.None with { StudyDescriptionExclude = FilterTerms.Parse("head, neck") },
        Options = QueryOptions.Default with { GetEmptySrSeries = true },
        MoveWhenFound = true,
        Origin = QueryOrigin.Schedule,
        RequestedBy = "Nightly CT",
    };

    /// <summary>Stores the nodes and the already imported dose report.</summary>
    public async Task<QueryScenario> PrepareAsync(CancellationToken cancellationToken)
    {
        RemoteNode = await database.Get<IRemoteNodeRepository>().AddAsync(NodeRepositoryTests.Remote("Main PACS"), cancellationToken);
        StoreNode = await database.Get<IStoreNodeRepository>().AddAsync(
            NodeRepositoryTests.Store("Local store") with { Kind = StoreNodeKind.External, Host = "127.0.0.1" }, cancellationToken);
        await using var db = database.NewContext();
        var imported = new ImportedStudy(ImportedStudy);
        imported.AddObject(ImportedStudy + ".2.1", ImportedStudy + ".2", SopClassUids.XRayRadiationDoseSr);
        db.ImportedStudies.Add(imported);
        await db.SaveChangesAsync(cancellationToken);
        return this;
    }

    /// <summary>Creates and stores a queued query of the scenario's request.</summary>
    public async Task<Query> NewQueryAsync(CancellationToken cancellationToken)
    {
        var query = Query.Create(Request, RemoteNode, StoreNode, database.Time);
        await database.Get<IQueryRepository>().AddAsync(query, cancellationToken);
        return query;
    }

    /// <summary>Runs the find and move phases of a stored query through a run session; returns the query as it was run.</summary>
    public async Task<Query> RunAsync(Guid queryId, CancellationToken cancellationToken)
    {
        var session = await database.Get<IQueryRunSessions>().OpenAsync(queryId, cancellationToken);
        Assert.NotNull(session);
        await using (session)
        {
            var imported = database.Get<IImportedObjects>();
            await new FindPhase(Archive, imported, session.Progress, database.Time).RunAsync(session.Query, session.RemoteNode!, cancellationToken);
            await new MovePhase(Archive, session.Progress, database.Time, database.Get<IRetrieveArrivals>()).RunAsync(session.Query, session.RemoteNode!, session.StoreNode!, cancellationToken);
            return session.Query;
        }
    }
}
