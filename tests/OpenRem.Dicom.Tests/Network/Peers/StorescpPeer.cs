using System.Globalization;

namespace OpenRem.Dicom.Tests.Network.Peers;

/// <summary>
/// DCMTK's storescp as a C-MOVE destination (shared/peers/start-storescp.sh) in its own temporary folder, on a free
/// port; received objects land in <see cref="IncomingDirectory"/> as MODALITY.SOPInstanceUID.
/// </summary>
internal sealed class StorescpPeer : IAsyncDisposable
{
    private StorescpPeer(string workDirectory, int port, string aeTitle)
    {
        WorkDirectory = workDirectory;
        Port = port;
        AETitle = aeTitle;
    }

    public string WorkDirectory { get; }

    public int Port { get; }

    public string AETitle { get; }

    public string IncomingDirectory => Path.Combine(WorkDirectory, "incoming");

    public static async Task<StorescpPeer> StartAsync(string aeTitle)
    {
        PeerTool.Require("storescp", "dcmtk");
        PeerTool.Require("echoscu", "dcmtk");
        var folder = Directory.CreateTempSubdirectory("openrem-storescp-").FullName;
        var peer = new StorescpPeer(folder, FreePort.Next(), aeTitle);
        try
        {
            (await PeerProcess.RunAsync(
                SharedFolder.PeerScript("start-storescp.sh"),
                [folder, peer.Port.ToString(CultureInfo.InvariantCulture), aeTitle]).ConfigureAwait(false)).RequireSuccess("start-storescp.sh");
            return peer;
        }
        catch
        {
            await peer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The SOP Instance UIDs of the objects received so far.</summary>
    public IReadOnlyList<string> ReceivedInstanceUids() =>
        Directory.Exists(IncomingDirectory)
            ? Directory.GetFiles(IncomingDirectory).Select(Path.GetFileName).OfType<string>().Select(name => name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..]).ToArray()
            : [];

    public async ValueTask DisposeAsync()
    {
        await PeerStopper.StopAsync(Path.Combine(WorkDirectory, "storescp.pid"), WorkDirectory).ConfigureAwait(false);
    }
}
