using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Find;

/// <summary>The find phase spreading its per-study queries over the associations a node allows.</summary>
public sealed class ParallelAssociationsTests
{
    private readonly FindHarness _harness = new() { Node = TestNodes.Remote(parallelAssociations: 4) };

    private void ScriptCtStudies(int count)
    {
        var studies = Enumerable.Range(1, count).Select(n => new StudyMatch(Uids.Test(n), ModalitiesInStudy: ["CT", "SR"])).ToArray();
        _harness.Archive.WithStudies("CT", studies);
        for (var n = 1; n <= count; n++)
        {
            _harness.Archive
                .WithSeries(Uids.Test(n), new SeriesMatch(Uids.Test(n) + ".1", "CT", 1, "Abdomen", 300), new SeriesMatch(Uids.Test(n) + ".2", "SR", 2, "Dose report", 1))
                .WithImages(Uids.Test(n) + ".2", new ImageMatch(Uids.Test(n) + ".2.1", Uids.Rdsr, 1));
        }
    }

    [Fact]
    public async Task Series_and_image_queries_use_as_many_associations_as_the_node_allows_and_release_them_all()
    {
        ScriptCtStudies(12);
        var query = _harness.NewQuery(Groups.Ct);

        var state = await _harness.RunAsync(query);

        Assert.Equal(QueryState.Filtered, state);
        Assert.Equal(4, _harness.Archive.Connections.Count);
        Assert.Equal(4, _harness.Archive.Disposals);
        Assert.Equal(12, query.KeptStudies.Count());
        Assert.Equal(12, query.FindCounts.SeriesRequests);
        Assert.All(query.KeptStudies, study => Assert.EndsWith(".2", study.KeptSeries.Single().SeriesInstanceUid, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_node_allowing_one_association_is_queried_on_one()
    {
        _harness.Node = TestNodes.Remote(parallelAssociations: 1);
        ScriptCtStudies(6);

        await _harness.RunAsync(_harness.NewQuery(Groups.Ct));

        Assert.Single(_harness.Archive.Connections);
    }

    [Fact]
    public async Task Losing_an_association_in_a_lane_fails_the_query_with_the_reason_and_releases_every_association()
    {
        ScriptCtStudies(10);
        _harness.Archive.FailFind(Uids.Test(7), new ArchiveFailure(ArchiveFailureKind.AssociationFailed, "Association aborted or never connected"));
        var query = _harness.NewQuery(Groups.Ct);

        var state = await _harness.RunAsync(query);

        Assert.Equal(QueryState.Failed, state);
        Assert.Equal("Could not associate with qrserver: Association aborted or never connected", query.Error);
        Assert.Equal(_harness.Archive.Connections.Count, _harness.Archive.Disposals);
    }

    [Fact]
    public async Task A_failure_status_in_a_lane_is_recorded_once_in_study_order_and_the_query_goes_on()
    {
        ScriptCtStudies(10);
        _harness.Archive
            .FailFind(Uids.Test(3), ArchiveFailure.FromStatus(0xA700, "Out of resources"))
            .FailFind(Uids.Test(8), ArchiveFailure.FromStatus(0xC001, "Bad"));
        var query = _harness.NewQuery(Groups.Ct);

        var state = await _harness.RunAsync(query);

        Assert.Equal(QueryState.Filtered, state);
        Assert.Equal(2, query.RemoteErrors.Count);
        Assert.StartsWith($"Series level query for study {Uids.Test(3)}:", query.RemoteErrors[0], StringComparison.Ordinal);
        Assert.StartsWith($"Series level query for study {Uids.Test(8)}:", query.RemoteErrors[1], StringComparison.Ordinal);
        Assert.Equal(8, query.KeptStudies.Count());
    }

    [Fact]
    public async Task Cancelling_while_lanes_work_ends_the_query_cancelled_and_releases_every_association()
    {
        ScriptCtStudies(12);
        using var cancellation = new CancellationTokenSource();
        _harness.Archive.OnFind = request =>
        {
            if (request is SeriesFindRequest { StudyInstanceUid: var uid } && uid == Uids.Test(5))
            {
                cancellation.Cancel();
            }
        };
        var query = _harness.NewQuery(Groups.Ct);

        var state = await _harness.Phase.RunAsync(query, _harness.Node, cancellation.Token);

        Assert.Equal(QueryState.Cancelled, state);
        Assert.Equal(_harness.Archive.Connections.Count, _harness.Archive.Disposals);
        Assert.Equal(QueryState.Cancelled, _harness.Progress.States[^1]);
    }
}
