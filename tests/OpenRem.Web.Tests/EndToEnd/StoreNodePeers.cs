using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Testing.Peers;

namespace OpenRem.Web.Tests.EndToEnd;

/// <summary>
/// Orthanc loaded with <see cref="DoseStudies"/> as the remote archive, and the application running with a store node
/// of its own as the move destination (a data directory in which both nodes were added with the <c>nodes</c> verb).
/// </summary>
public sealed class StoreNodePeers : IAsyncLifetime
{
    internal const string StoreAeTitle = "OPENREM_OWN";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "openrem-store-e2e-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider? _database;

    internal DoseStudies Studies { get; private set; } = null!;

    internal OrthancPeer Orthanc { get; private set; } = null!;

    internal RunningApp App { get; set; } = null!;

    internal int StorePort { get; } = FreePort.Next();

    internal string DataDirectory => Path.Combine(_root, "data");

    internal string Root => _root;

    internal string StoreNodeId { get; private set; } = "";

    internal string OrthancNodeId { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var cancellation = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(DataDirectory);
        Studies = DoseStudies.WriteTo(Path.Combine(_root, "studies"));
        var destinations = new Dictionary<string, int>(StringComparer.Ordinal) { [StoreAeTitle] = StorePort };
        Orthanc = await OrthancPeer.StartAsync(new OrthancOptions { MoveDestinations = destinations, Samples = Studies.Files }, cancellation);
        StoreNodeId = await AddNodeAsync("add-store", "--name", "own store", "--aet", StoreAeTitle, "--port", StorePort.ToString(CultureInfo.InvariantCulture));
        OrthancNodeId = await AddNodeAsync("add-qr", "--name", "orthanc", "--aet", Orthanc.AeTitle, "--host", Orthanc.Host, "--port", Orthanc.DicomPort.ToString(CultureInfo.InvariantCulture));
        App = await StartAppAsync(cancellation);
    }

    internal Task<RunningApp> StartAppAsync(CancellationToken cancellationToken) =>
        RunningApp.StartAsync(DataDirectory, StorePort, StoreAeTitle, cancellationToken);

    /// <summary>A context on the application's database, as another process reads it.</summary>
    internal OpenRemDbContext Database()
    {
        _database ??= new ServiceCollection().AddLogging().AddOpenRemPersistence(DataDirectory).BuildServiceProvider();
        return _database.GetRequiredService<IDbContextFactory<OpenRemDbContext>>().CreateDbContext();
    }

    private async Task<string> AddNodeAsync(params string[] args)
    {
        var (exitCode, output, error) = await AppProcess.RunAsync(DataDirectory, TestContext.Current.CancellationToken, ["nodes", .. args]);
        Assert.True(exitCode == 0, $"nodes {string.Join(' ', args)} exited {exitCode}: {error}");
        return output.Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Orthanc.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
