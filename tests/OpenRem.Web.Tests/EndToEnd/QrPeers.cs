using OpenRem.Testing.Peers;

namespace OpenRem.Web.Tests.EndToEnd;

/// <summary>
/// DCMTK's storescp as the store node, Orthanc and dcmqrscp as remote archives loaded with <see cref="DoseStudies"/>,
/// and a data directory in which the application knows all three (added with its <c>nodes</c> verb).
/// </summary>
public sealed class QrPeers : IAsyncLifetime
{
    private const string StoreAeTitle = "OPENREM_STORE";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "openrem-qr-e2e-" + Guid.NewGuid().ToString("N"));

    internal DoseStudies Studies { get; private set; } = null!;

    internal StorescpPeer Store { get; private set; } = null!;

    internal OrthancPeer Orthanc { get; private set; } = null!;

    internal DcmqrscpPeer Dcmqrscp { get; private set; } = null!;

    internal string DataDirectory => Path.Combine(_root, "data");

    internal string StoreNodeId { get; private set; } = "";

    internal string OrthancNodeId { get; private set; } = "";

    internal string DcmqrscpNodeId { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var cancellation = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(DataDirectory);
        Studies = DoseStudies.WriteTo(Path.Combine(_root, "studies"));
        Store = await StorescpPeer.StartAsync(StoreAeTitle, cancellation);
        var destinations = new Dictionary<string, int>(StringComparer.Ordinal) { [StoreAeTitle] = Store.Port };
        Orthanc = await OrthancPeer.StartAsync(new OrthancOptions { MoveDestinations = destinations, Samples = Studies.Files }, cancellation);
        Dcmqrscp = await DcmqrscpPeer.StartAsync("QRSCP", destinations, Studies.Files, cancellation);
        StoreNodeId = await AddNodeAsync("add-store", "--name", "store", "--aet", StoreAeTitle, "--host", Store.Host, "--port", Store.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        OrthancNodeId = await AddNodeAsync("add-qr", "--name", "orthanc", "--aet", Orthanc.AeTitle, "--host", Orthanc.Host, "--port", Orthanc.DicomPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        DcmqrscpNodeId = await AddNodeAsync("add-qr", "--name", "dcmqrscp", "--aet", Dcmqrscp.AeTitle, "--host", Dcmqrscp.Host, "--port", Dcmqrscp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<string> AddNodeAsync(params string[] args)
    {
        var (exitCode, output, error) = await AppProcess.RunAsync(DataDirectory, TestContext.Current.CancellationToken, ["nodes", .. args]);
        Assert.True(exitCode == 0, $"nodes {string.Join(' ', args)} exited {exitCode}: {error}");
        return output.Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await Dcmqrscp.DisposeAsync();
        await Orthanc.DisposeAsync();
        await Store.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
