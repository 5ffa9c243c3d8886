using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OpenRem.Web.Tests.Hosting;

/// <summary>
/// The whole application served by Kestrel on a free port of 127.0.0.1 in this process, with its data directory in
/// a fresh temporary folder; for clients that need a real connection (a SignalR hub connection).
/// </summary>
public sealed class OpenRemKestrelFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("openrem-web-kestrel-").FullName;

    public OpenRemKestrelFactory() =>
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>The address the application listens on, such as <c>http://127.0.0.1:41235/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("OpenRem:DataDirectory", Path.Combine(_root, "data"));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
