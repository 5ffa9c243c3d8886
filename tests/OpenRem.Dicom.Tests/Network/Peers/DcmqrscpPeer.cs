using System.Globalization;

namespace OpenRem.Dicom.Tests.Network.Peers;

/// <summary>
/// DCMTK's dcmqrscp as a loopback PACS (shared/peers/start-dcmqrscp.sh) in its own temporary folder, on a free
/// port, with one move destination; stopped by its PID file (stop-peer.sh) and its folder deleted on dispose.
/// </summary>
internal sealed class DcmqrscpPeer : IAsyncDisposable
{
    private DcmqrscpPeer(string workDirectory, int port, string aeTitle)
    {
        WorkDirectory = workDirectory;
        Port = port;
        AETitle = aeTitle;
    }

    public string WorkDirectory { get; }

    public int Port { get; }

    public string AETitle { get; }

    public static async Task<DcmqrscpPeer> StartAsync(string aeTitle, string moveDestinationAE, int moveDestinationPort)
    {
        PeerTool.Require("dcmqrscp", "dcmtk");
        PeerTool.Require("storescu", "dcmtk");
        var script = SharedFolder.PeerScript("start-dcmqrscp.sh");
        var folder = Directory.CreateTempSubdirectory("openrem-dcmqrscp-").FullName;
        var peer = new DcmqrscpPeer(folder, FreePort.Next(), aeTitle);
        try
        {
            (await PeerProcess.RunAsync(
                script,
                [folder, peer.Port.ToString(CultureInfo.InvariantCulture), aeTitle, moveDestinationPort.ToString(CultureInfo.InvariantCulture)],
                new Dictionary<string, string> { ["MOVE_DEST_AET"] = moveDestinationAE }).ConfigureAwait(false)).RequireSuccess("start-dcmqrscp.sh");
            if (!File.Exists(Path.Combine(folder, "dcmqrscp.pid")))
            {
                throw new InvalidOperationException($"dcmqrscp did not start; see {folder}/dcmqrscp.log.");
            }

            return peer;
        }
        catch
        {
            await peer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stores files or folders of files into the peer with storescu (load-dcmqrscp.sh); returns how many were stored.</summary>
    public async Task<int> LoadAsync(params string[] paths)
    {
        var result = (await PeerProcess.RunAsync(
            SharedFolder.PeerScript("load-dcmqrscp.sh"),
            [Port.ToString(CultureInfo.InvariantCulture), AETitle, .. paths],
            timeout: TimeSpan.FromMinutes(3)).ConfigureAwait(false)).RequireSuccess("load-dcmqrscp.sh");
        var stored = result.Output.Split(' ', '\n').First(w => w.StartsWith("stored=", StringComparison.Ordinal));
        return int.Parse(stored["stored=".Length..], CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await PeerStopper.StopAsync(Path.Combine(WorkDirectory, "dcmqrscp.pid"), WorkDirectory).ConfigureAwait(false);
    }
}
