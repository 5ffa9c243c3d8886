using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Queries;

namespace OpenRem.Infrastructure.Tests.Persistence;

public sealed class QueryPersistenceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private QueryScenario _scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IQueryRepository Queries => _database.Get<IQueryRepository>();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _scenario = await new QueryScenario(_database).PrepareAsync(Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_new_query_reads_back_with_its_parameters_nodes_and_state()
    {
        var query = await _scenario.NewQueryAsync(Ct);

        var read = await Queries.FindAsync(query.Id, Ct);

        Assert.NotNull(read);
        GraphAssert.Same(query, read);
        Assert.Equal(QueryState.Queued, read.State);
        Assert.Equal(_scenario.Request.Filters, read.Parameters.Filters);
        Assert.Equal(new TimeOnly(12, 30), read.Parameters.Dates.TimeUntil);
        Assert.Equal("20240301", read.Parameters.DateKeys.StudyDate);
        Assert.Equal(QueryOrigin.Schedule, read.Parameters.Origin);
        Assert.Equal("Nightly CT", read.Parameters.RequestedBy);
        Assert.Equal(("Main PACS", "Local store", "OPENREM"), (read.RemoteNodeName, read.StoreNodeName, read.StoreAeTitle));
    }

    [Fact]
    public async Task A_query_run_through_a_session_reads_back_exactly_as_it_ended_with_responses_reasons_and_retrievals()
    {
        var query = await _scenario.NewQueryAsync(Ct);

        var ran = await _scenario.RunAsync(query.Id, Ct);
        var read = await Queries.FindAsync(query.Id, Ct);

        Assert.Equal(QueryState.Done, ran.State);
        GraphAssert.Same(ran, read);
        var studies = read!.Studies.ToDictionary(study => study.StudyInstanceUid);
        Assert.Equal(DropCode.FilterMatched, studies[QueryScenario.FilteredStudy].DropReason?.Code);
        Assert.Equal("Filter study_description exclude active and matched here", studies[QueryScenario.FilteredStudy].DropReason?.Text);
        Assert.NotNull(studies[QueryScenario.ImportedStudy].DropReason);
        Assert.Contains(studies[QueryScenario.ImportedStudy].Series.SelectMany(series => series.Images), image => image.DropReason?.Code == DropCode.AlreadyImported);
        var kept = studies[QueryScenario.KeptStudy];
        Assert.True(kept.IsKept);
        Assert.Equal(CtDoseSource.DoseReport, kept.CtDoseSource);
        Assert.Equal(["CT", "SR"], kept.ModalitiesInStudy);
        Assert.Equal(DropCode.DoseReportPresent, kept.Series.Single(series => series.Modality == "CT").DropReason?.Code);
        var report = kept.Series.Single(series => series.Modality == "SR");
        Assert.Equal(RetrievalStatus.Completed, report.Retrieval.Status);
        Assert.Equal(new SubOperationCounts(1, 0, 0), report.Retrieval.Counts);
        Assert.Equal(SopClassUidsOfDoseReport, report.Images.Single().SopClassUid);
        Assert.NotEmpty(read.RemoteErrors);
        Assert.True(read.FindCounts.StudyDescriptionExcludeRemoved > 0);
        Assert.True(read.MoveCounts.SubOperations.Completed > 0);
        Assert.NotNull(read.MoveEndedAt);
    }

    [Fact]
    public async Task The_log_of_a_run_is_kept_in_the_order_written_and_ends_with_the_final_stage()
    {
        var query = await _scenario.NewQueryAsync(Ct);

        var ran = await _scenario.RunAsync(query.Id, Ct);
        var log = await Queries.ReadLogAsync(query.Id, Ct);

        Assert.StartsWith("Query of Main PACS", log[0].Text, StringComparison.Ordinal);
        Assert.Equal(ran.StageText, log[^1].Text);
        Assert.Contains(log, line => line.Level == QueryLogLevel.Error && line.Text.Contains("Out of Resources", StringComparison.Ordinal));
        Assert.Empty(await Queries.ReadLogAsync(Guid.NewGuid(), Ct));
    }

    [Fact]
    public async Task Deleting_its_nodes_keeps_the_query_with_their_names_B27()
    {
        var query = await _scenario.NewQueryAsync(Ct);
        await _scenario.RunAsync(query.Id, Ct);

        Assert.True(await _database.Get<IRemoteNodeRepository>().RemoveAsync(_scenario.RemoteNode.Id, Ct));
        Assert.True(await _database.Get<IStoreNodeRepository>().RemoveAsync(_scenario.StoreNode.Id, Ct));
        var read = await Queries.FindAsync(query.Id, Ct);
        var session = await _database.Get<IQueryRunSessions>().OpenAsync(query.Id, Ct);
        await using (session!)
        {
            Assert.Null(session!.RemoteNode);
            Assert.Null(session.StoreNode);
        }

        Assert.NotNull(read);
        Assert.Null(read.RemoteNodeId);
        Assert.Null(read.StoreNodeId);
        Assert.Equal("Main PACS", read.RemoteNodeName);
        Assert.Equal("Local store", read.StoreNodeName);
        Assert.NotEmpty(read.Studies);
        Assert.NotEmpty(await Queries.ReadLogAsync(query.Id, Ct));
    }

    [Fact]
    public async Task An_unknown_query_is_not_found()
    {
        Assert.Null(await Queries.FindAsync(Guid.NewGuid(), Ct));
        Assert.Null(await _database.Get<IQueryRunSessions>().OpenAsync(Guid.NewGuid(), Ct));
    }

    private const string SopClassUidsOfDoseReport = OpenRem.Domain.Modalities.SopClassUids.XRayRadiationDoseSr;
}
