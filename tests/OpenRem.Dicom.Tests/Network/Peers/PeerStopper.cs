namespace OpenRem.Dicom.Tests.Network.Peers;

/// <summary>Stops a peer by its PID file with shared/peers/stop-peer.sh, then deletes its temporary folder.</summary>
internal static class PeerStopper
{
    public static async Task StopAsync(string pidFile, string workDirectory)
    {
        try
        {
            if (File.Exists(pidFile))
            {
                await PeerProcess.RunAsync(SharedFolder.PeerScript("stop-peer.sh"), [pidFile, "10"]).ConfigureAwait(false);
            }
        }
        finally
        {
            if (Directory.Exists(workDirectory))
            {
                Directory.Delete(workDirectory, recursive: true);
            }
        }
    }
}
