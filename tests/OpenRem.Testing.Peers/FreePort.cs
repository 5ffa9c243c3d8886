using System.Net;
using System.Net.Sockets;

namespace OpenRem.Testing.Peers;

/// <summary>
/// Free TCP ports on 127.0.0.1, chosen at run time: the operating system picks one for a listener bound to port 0,
/// which is then closed and the port handed out. A port is handed out at most once per process, so two peers started
/// by the same test run never get the same port.
/// </summary>
public static class FreePort
{
    private const int Attempts = 200;
    private static readonly HashSet<int> HandedOut = [];
    private static readonly Lock Gate = new();

    /// <summary>A port on 127.0.0.1 that nothing listened on a moment ago and that this process has not handed out.</summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var port = AskTheSystem();
            lock (Gate)
            {
                if (HandedOut.Add(port))
                {
                    return port;
                }
            }
        }

        throw new InvalidOperationException($"No new free TCP port on 127.0.0.1 after {Attempts} attempts.");
    }

    private static int AskTheSystem()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
