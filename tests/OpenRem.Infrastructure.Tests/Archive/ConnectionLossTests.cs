using Microsoft.Extensions.Logging;
using OpenRem.Dicom.Network.Client;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Infrastructure.Archive;
using MoveRequest = OpenRem.Domain.Ports.Archive.MoveRequest;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>
/// Connections to dcmqrscp that fail at a chosen moment: the adapter's client runs over a real TCP connection that the
/// test cuts when the next request is written, so the request is lost on the way and the association ends.
/// </summary>
[Collection(ArchivePeersGroup.Name)]
public sealed class ConnectionLossTests(ArchivePeers peers) : IDisposable
{
    private static readonly TimeSpan LogLimit = TimeSpan.FromSeconds(30);
    private static readonly StudyFindRequest AllStudies = new(string.Empty, string.Empty, "CT", IncludeEmptyModalityKey: false);
    private readonly List<CuttableConnection> _connections = [];
    private readonly (ILoggerFactory Factory, RecordingLoggerProvider Recorder) _logging = RecordingLoggerProvider.CreateFactory();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_find_whose_association_ends_as_it_is_sent_is_sent_again_on_a_new_association()
    {
        var log = PeerLog.Mark(peers.Dcmqrscp.LogFile);
        await using var archive = Connect("OPENREM_RESEND", ArchiveService.Find);
        var first = await Collect.AllAsync(archive.FindStudiesAsync(AllStudies, Token));

        _connections[0].CutOnNextWrite();
        var second = await Collect.AllAsync(archive.FindStudiesAsync(AllStudies, Token));

        Assert.NotEmpty(first);
        Assert.Equal(first.Select(match => match.StudyInstanceUid), second.Select(match => match.StudyInstanceUid));
        Assert.Equal(2, _connections.Count);
        Assert.Contains(_logging.Recorder.Lines, line => line.Contains("the C-FIND is sent again on a new one", StringComparison.Ordinal));
        await log.WaitForAsync(Received("OPENREM_RESEND"), 2, LogLimit, Token);
        Assert.Equal(2, log.Count("Received Find SCP"));
    }

    [Fact]
    public async Task A_move_whose_connection_is_lost_fails_as_a_lost_connection_and_the_next_move_opens_a_new_association()
    {
        var image = SampleLibrary.File("NM-PetIm-Siemens.dcm");
        var request = new MoveRequest(QueryLevel.Image, image.StudyInstanceUid, image.SeriesInstanceUid, image.SopInstanceUid, AeTitle.Parse(ArchivePeers.StoreAeTitle));
        await using var archive = Connect("OPENREM_LOST", ArchiveService.Move);
        Assert.Equal(0x0000, (await Collect.AllAsync(archive.MoveAsync(request, Token)))[^1].Status);

        _connections[0].CutOnNextWrite();
        var error = await Assert.ThrowsAsync<RemoteArchiveException>(() => Collect.AllAsync(archive.MoveAsync(request, Token)));
        var again = await Collect.AllAsync(archive.MoveAsync(request, Token));

        Assert.Equal(ArchiveFailureKind.ConnectionLost, error.Failure.Kind);
        Assert.False(error.Failure.IsAssociationFailure);
        Assert.Equal(0x0000, again[^1].Status);
        Assert.Equal(2, _connections.Count);
    }

    public void Dispose() => _logging.Factory.Dispose();

    private static string Received(string callingAeTitle) => $"Association Received (127.0.0.1:{callingAeTitle} -> {ArchivePeers.DcmqrscpAeTitle})";

    private DicomRemoteArchive Connect(string callingAeTitle, ArchiveService service)
    {
        var endpoint = peers.Dcmqrscp.Endpoint;
        var node = ArchiveNodes.Node(endpoint, callingAeTitle: callingAeTitle);
        var options = AssociationSettings.ClientOptions(node.Timeouts, _logging.Factory.CreateLogger<DicomClient>());
        var client = new DicomClient(
            async cancellationToken =>
            {
                var connection = await CuttableConnection.OpenAsync(endpoint.Host, endpoint.Port, cancellationToken);
                _connections.Add(connection);
                return connection;
            },
            endpoint.Host,
            endpoint.Port,
            callingAeTitle,
            endpoint.AeTitle,
            options);
        return new DicomRemoteArchive(client, new ArchiveConnectionOptions(node, node.EffectiveCallingAeTitle, service), _logging.Factory.CreateLogger<DicomRemoteArchive>());
    }
}
