using OpenRem.Dicom.Network.Client;
using OpenRem.Dicom.Network.Server;

namespace OpenRem.Dicom.Tests.Network.Server;

/// <summary>A Store SCP on 127.0.0.1 and a free port, storing into a temporary folder that is deleted afterwards.</summary>
internal sealed class ServerHarness : IAsyncDisposable
{
    public const string ServerAE = "OPENREM";

    private ServerHarness(DicomServer server, string directory)
    {
        Server = server;
        Directory = directory;
    }

    public DicomServer Server { get; }

    public string Directory { get; }

    public static CancellationToken TestToken => TestContext.Current.CancellationToken;

    public static ServerHarness Start(Func<DicomServerOptions, DicomServerOptions>? configure = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("openrem-scp-").FullName;
        var options = new DicomServerOptions { CalledAE = ServerAE, StoreDirectory = directory };
        return new ServerHarness(DicomServerFactory.CreateStoreScp(0, "127.0.0.1", configure?.Invoke(options) ?? options), directory);
    }

    public DicomClient Client(string callingAE = "MODALITY", string calledAE = ServerAE, DicomClientOptions? options = null) =>
        new("127.0.0.1", Server.Port, callingAE, calledAE, options);

    /// <summary>Every file under the store folder, the incoming folder included.</summary>
    public string[] Files() => System.IO.Directory.GetFiles(Directory, "*", SearchOption.AllDirectories);

    /// <summary>Waits until <paramref name="condition"/> holds, at most 10 s.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50, TestToken);
        }

        Assert.True(condition(), what);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
