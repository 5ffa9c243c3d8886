using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Testing.Peers;
using MoveRequest = OpenRem.Domain.Ports.Archive.MoveRequest;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>Archives that cannot be associated with: the failure comes from the first call, with its kind and the reason in words.</summary>
[Collection(ArchivePeersGroup.Name)]
public sealed class AssociationFailureTests(ArchivePeers peers)
{
    private static readonly StudyFindRequest AnyStudy = new(string.Empty, string.Empty, "CT", IncludeEmptyModalityKey: false);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_wrong_called_AE_title_is_a_rejection_with_its_reason()
    {
        await using var archive = ArchiveNodes.Connect(ArchiveNodes.Node(peers.Dcmqrscp.Endpoint, aeTitle: "NOT_QRSCP"), ArchiveService.Find);

        var error = await Assert.ThrowsAsync<RemoteArchiveException>(() => Collect.AllAsync(archive.FindStudiesAsync(AnyStudy, Token)));

        Assert.Equal(ArchiveFailureKind.AssociationRejected, error.Failure.Kind);
        Assert.True(error.Failure.IsAssociationFailure);
        Assert.Equal("association rejected (permanent) by the service user: called AE title not recognised", error.Failure.Detail);
        Assert.Null(error.Failure.Status);
    }

    [Fact]
    public async Task A_move_connection_is_rejected_the_same_way()
    {
        var sample = SampleLibrary.File("NM-PetIm-Siemens.dcm");
        await using var archive = ArchiveNodes.Connect(ArchiveNodes.Node(peers.Dcmqrscp.Endpoint, aeTitle: "NOT_QRSCP"), ArchiveService.Move);
        var request = new MoveRequest(QueryLevel.Series, sample.StudyInstanceUid, sample.SeriesInstanceUid, null, AeTitle.Parse(ArchivePeers.StoreAeTitle));

        var error = await Assert.ThrowsAsync<RemoteArchiveException>(() => Collect.AllAsync(archive.MoveAsync(request, Token)));

        Assert.Equal(ArchiveFailureKind.AssociationRejected, error.Failure.Kind);
        Assert.Contains("called AE title not recognised", error.Failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_listening_is_a_refused_connection_reported_by_the_first_call_not_by_connect()
    {
        var port = FreePort.Next();
        var archive = ArchiveNodes.Connect(ArchiveNodes.Node("127.0.0.1", port, "NOBODY"), ArchiveService.Find);
        await using (archive)
        {
            var error = await Assert.ThrowsAsync<RemoteArchiveException>(() => Collect.AllAsync(archive.FindStudiesAsync(AnyStudy, Token)));

            Assert.Equal(ArchiveFailureKind.AssociationFailed, error.Failure.Kind);
            Assert.Equal($"connection refused by 127.0.0.1:{port}", error.Failure.Detail);

            // Every call tries again and says the same.
            var again = await Assert.ThrowsAsync<RemoteArchiveException>(() => Collect.AllAsync(archive.FindSeriesAsync(new SeriesFindRequest("1.2.3"), Token)));
            Assert.Equal(error.Failure, again.Failure);
        }
    }

    [Fact]
    public async Task An_archive_that_does_not_accept_the_query_model_fails_the_association()
    {
        // storescp accepts storage, not Study Root FIND.
        await using var archive = ArchiveNodes.Connect(peers.Store.Endpoint, ArchiveService.Find);

        var error = await Assert.ThrowsAsync<RemoteArchiveException>(() => Collect.AllAsync(archive.FindStudiesAsync(AnyStudy, Token)));

        Assert.Equal(ArchiveFailureKind.AssociationFailed, error.Failure.Kind);
        Assert.StartsWith("the archive did not accept Study Root Query/Retrieve Information Model", error.Failure.Detail, StringComparison.Ordinal);
    }
}
