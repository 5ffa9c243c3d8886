using Microsoft.Extensions.Time.Testing;
using OpenRem.Domain.Find;
using OpenRem.Domain.Find.Lanes;
using OpenRem.Domain.Find.Rules;
using OpenRem.Domain.Find.Steps;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;
using OpenRem.Domain.Tests.Fakes;

namespace OpenRem.Domain.Tests.Support;

/// <summary>A scripted archive, an imported-objects store, a progress recorder and a clock, wired to the find phase.</summary>
internal sealed class FindHarness
{
    private ScriptedArrivals? _arrivals;

    public ScriptedArchive Archive { get; } = new();

    public InMemoryImportedObjects Imported { get; } = new();

    public RecordingProgress Progress { get; } = new();

    public FakeTimeProvider Time { get; } = TestClock.Create();

    public RemoteNode Node { get; set; } = TestNodes.Remote();

    /// <summary>The store node of moves: external unless a test follows arrivals (<see cref="TestNodes.Store"/>).</summary>
    public StoreNode Store { get; set; } = TestNodes.ExternalStore();

    public FindPhase Phase => new(Archive, Imported, Progress, Time);

    public ScriptedArrivals Arrivals => _arrivals ??= new ScriptedArrivals(Time);

    public MovePhase Mover => new(Archive, Progress, Time, Arrivals) { ArrivalPollInterval = TimeSpan.Zero, ArrivalQuietPeriod = TimeSpan.FromSeconds(5) };

    public Query NewQuery(
        ModalitySelection modalities,
        QueryOptions? options = null,
        StudyFilters? filters = null,
        StudyDateWindow? dates = null,
        bool moveWhenFound = false) =>
        Query.Create(
            new QueryRequest
            {
                RemoteNodeId = 1,
                StoreNodeId = 2,
                Modalities = modalities,
                Options = options ?? QueryOptions.Default,
                Filters = filters ?? StudyFilters.None,
                Dates = dates ?? StudyDateWindow.AllDates,
                MoveWhenFound = moveWhenFound,
            },
            Node,
            Store,
            Time);

    /// <summary>Runs the find phase with the test's cancellation token.</summary>
    public Task<QueryState> RunAsync(Query query) => Phase.RunAsync(query, Node, TestContext.Current.CancellationToken);

    /// <summary>Runs the move phase with the test's cancellation token.</summary>
    public Task<QueryState> MoveAsync(Query query) => Mover.RunAsync(query, Node, Store, TestContext.Current.CancellationToken);

    /// <summary>
    /// A query whose find phase kept one mammography study (study 1) with the given series, each retrieved whole.
    /// </summary>
    public async Task<Query> FilteredQueryAsync(params string[] seriesUids)
    {
        Archive
            .WithStudies("MG", new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["MG"]))
            .WithSeries(Uids.Test(1), seriesUids.Select((uid, index) => new SeriesMatch(uid, "MG", index + 1, null, 4)).ToArray());
        var query = NewQuery(ModalitySelection.Of(Modalities.ModalityGroup.Mammography));
        Assert.Equal(QueryState.Filtered, await RunAsync(query));
        return query;
    }

    /// <summary>A find context on a fresh connection, with the test's cancellation token.</summary>
    public FindContext Context(Query query)
    {
        var options = new ArchiveConnectionOptions(Node, Node.EffectiveCallingAeTitle, ArchiveService.Find);
        var archive = Archive.Connect(options);
        return new(query, Node, archive, Imported, Progress, Time, new StudyLanes(Archive, options, archive, 1), TestContext.Current.CancellationToken);
    }

    /// <summary>The series pruning of the find phase, from the station-name filters to the empty-study rule.</summary>
    public async Task PruneSeriesAsync(Query query)
    {
        var context = Context(query);
        await SeriesStationNameStep.RunAsync(context);
        var (handledElsewhere, _) = ModalityGroupSplit.Apply(query, query.Parameters.Modalities);
        context.Apply(handledElsewhere);
        context.Apply(UnwantedModalitiesRule.Decide(query.Studies));
        await SeriesRuleStep.RunAsync(context, FindPhase.SeriesRules);
    }
}
