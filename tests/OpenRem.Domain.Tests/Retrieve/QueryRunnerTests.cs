using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Running;
using OpenRem.Domain.Tests.Support;

namespace OpenRem.Domain.Tests.Retrieve;

public sealed class QueryRunnerTests
{
    private readonly FindHarness _harness = new();

    [Fact]
    public async Task A_request_to_move_when_found_is_found_and_moved_in_one_run()
    {
        _harness.Archive
            .WithStudies("MG", new StudyMatch(Uids.Test(1), ModalitiesInStudy: ["MG"]))
            .WithSeries(Uids.Test(1), new SeriesMatch(Uids.Test(11), "MG", 1, null, 4));
        var query = _harness.NewQuery(ModalitySelection.Of(ModalityGroup.Mammography), moveWhenFound: true);

        var state = await Runner().RunAsync(query, _harness.Node, _harness.Store, TestContext.Current.CancellationToken);

        Assert.Equal(QueryState.Done, state);
        Assert.Single(_harness.Archive.MoveRequests);
    }

    [Fact]
    public async Task A_web_request_stops_after_the_find_phase()
    {
        var query = _harness.NewQuery(ModalitySelection.Of(ModalityGroup.Mammography));

        var state = await Runner().RunAsync(query, _harness.Node, _harness.Store, TestContext.Current.CancellationToken);

        Assert.Equal(QueryState.Filtered, state);
        Assert.DoesNotContain(_harness.Archive.Connections, connection => connection.Service == ArchiveService.Move);
    }

    [Fact]
    public async Task A_failed_find_phase_is_not_followed_by_a_move()
    {
        _harness.Archive.FailFind("MG", new ArchiveFailure(ArchiveFailureKind.AssociationFailed, "Association Failed"));
        var query = _harness.NewQuery(ModalitySelection.Of(ModalityGroup.Mammography), moveWhenFound: true);

        var state = await Runner().RunAsync(query, _harness.Node, _harness.Store, TestContext.Current.CancellationToken);

        Assert.Equal(QueryState.Failed, state);
        Assert.Empty(_harness.Archive.MoveRequests);
    }

    private QueryRunner Runner() => new(_harness.Phase, _harness.Mover);
}
