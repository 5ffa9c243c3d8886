using System.Net;
using System.Net.Sockets;

namespace OpenRem.Testing.Peers.Tests;

public sealed class FreePortTests
{
    [Fact]
    public void Hands_out_distinct_ports_that_can_be_bound_on_loopback()
    {
        var ports = Enumerable.Range(0, 20).Select(_ => FreePort.Next()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.All(ports, port =>
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            Assert.Equal(port, ((IPEndPoint)listener.LocalEndpoint).Port);
            listener.Stop();
        });
    }
}
