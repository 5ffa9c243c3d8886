using System.Net;
using System.Net.Sockets;

namespace OpenRem.Dicom.Tests.Network.Peers;

/// <summary>A TCP port that was free on 127.0.0.1 a moment ago (the start scripts fail fast if it was taken since).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
