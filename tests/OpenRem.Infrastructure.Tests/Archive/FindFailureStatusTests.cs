using OpenRem.Domain.Ports.Archive;
using OpenRem.Infrastructure.Archive;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>A C-FIND the archive answers with a failure status.</summary>
[Collection(ArchivePeersGroup.Name)]
public sealed class FindFailureStatusTests(ArchivePeers peers)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_failure_status_throws_with_the_status_and_its_meaning_and_the_association_goes_on()
    {
        var log = PeerLog.Mark(peers.Dcmqrscp.LogFile);
        await using var archive = (DicomRemoteArchive)ArchiveNodes.Connect(ArchiveNodes.Node(peers.Dcmqrscp.Endpoint, callingAeTitle: "OPENREM_STATUS"), ArchiveService.Find);

        var error = await Assert.ThrowsAsync<RemoteArchiveException>(() => Collect.AllAsync(archive.FindAsync(new UnanchoredSeriesFindRequest(), MatchReader.Series, Token)));
        var after = await Collect.AllAsync(archive.FindSeriesAsync(new SeriesFindRequest(SampleLibrary.File("NM-CT-RDSR-Siemens.dcm").StudyInstanceUid), Token));

        Assert.Equal(ArchiveFailureKind.RemoteStatus, error.Failure.Kind);
        Assert.Equal((ushort)0xC000, error.Failure.Status);
        Assert.StartsWith("Failure (0xc000) - Unable to Process", error.Failure.Detail, StringComparison.Ordinal);
        Assert.False(error.Failure.IsAssociationFailure);
        Assert.NotEmpty(after);
        Assert.Equal(1, log.Count("Association Received (127.0.0.1:OPENREM_STATUS -> QRSCP)"));
    }
}
