using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Domain.Nodes;
using OpenRem.Infrastructure.Configuration;
using OpenRem.Infrastructure.Import;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.StoreNodes;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.StoreNodes;

/// <summary>
/// The store node services over a migrated SQLite database in a fresh temporary data directory: the host that runs
/// the store nodes, the importer and the start-up recovery, as the application registers them, with a short
/// reconcile interval and listeners on 127.0.0.1. The host is started and stopped by the tests.
/// </summary>
internal sealed class StoreNodeTestBed : IAsyncDisposable
{
    public static readonly TimeSpan ReconcileInterval = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private readonly TemporaryDirectory _directory = new();
    private readonly ServiceProvider _services;
    private bool _started;

    private StoreNodeTestBed()
    {
        DataDirectory = Path.Combine(_directory.Path, "data");
        Directory.CreateDirectory(DataDirectory);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<OpenRemOptions>().Configure(options => options.DataDirectory = DataDirectory);
        services.AddOptions<StoreNodeOptions>().Configure(options =>
        {
            options.BindAddress = "127.0.0.1";
            options.ReconcileInterval = ReconcileInterval;
            options.StopGracePeriod = TimeSpan.FromSeconds(5);
        });
        services.AddOpenRemPersistence(DataDirectory);
        services.AddOpenRemStoreNodes();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public string DataDirectory { get; }

    /// <summary>&lt;data&gt;/dicom.</summary>
    public string StoreRoot => Get<StoreFolder>().Root;

    /// <summary>&lt;data&gt;/dicom/.incoming.</summary>
    public string IncomingFolder => Path.Combine(StoreRoot, ".incoming");

    public StoreNodeHost Host => Get<StoreNodeHost>();

    public IStoreNodeStatuses Statuses => Get<IStoreNodeStatuses>();

    public IStoreNodeRepository Nodes => Get<IStoreNodeRepository>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<StoreNodeTestBed> CreateAsync()
    {
        var bed = new StoreNodeTestBed();
        await bed._services.MigrateOpenRemDatabaseAsync(Ct);
        return bed;
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A context of its own, so what it reads comes from the database, not from a tracked entity.</summary>
    public OpenRemDbContext NewContext() => Get<IDbContextFactory<OpenRemDbContext>>().CreateDbContext();

    /// <summary>Adds a store node run by this application on <paramref name="port"/> (a free port when null).</summary>
    public Task<StoreNode> AddNodeAsync(string name, string aeTitle, int? port = null, params string[] allowedCallingAeTitles) =>
        Nodes.AddAsync(
            new StoreNodeSettings { Name = name, AeTitle = aeTitle, Port = port ?? FreePort.Next(), Kind = StoreNodeKind.RunByThisApp, AllowedCallingAeTitles = allowedCallingAeTitles },
            Ct);

    public async Task StartAsync()
    {
        await Host.StartAsync(Ct);
        _started = true;
    }

    public async Task StopAsync()
    {
        if (_started)
        {
            _started = false;
            await Host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>What the host says of the node now; null when it does not run it.</summary>
    public StoreNodeState? StateOf(StoreNode node) => Statuses.Current.SingleOrDefault(state => state.StoreNodeId == node.Id);

    public Task WaitUntilListeningAsync(StoreNode node) =>
        WaitUntilAsync(() => StateOf(node)?.IsListening == true, $"store node {node.Name} listens", () => $"its state: {StateOf(node)}");

    /// <summary>Sends files with DCMTK storescu to <paramref name="node"/> on <paramref name="port"/> (its own port when null).</summary>
    public static Task<StoreResult> StoreAsync(StoreNode node, IReadOnlyList<string> files, string callingAeTitle = "MODALITY", int? port = null) =>
        DcmtkClientTools.StoreAsync(
            new StoreRequest(new DicomEndpoint("127.0.0.1", port ?? node.Port, node.AeTitle.Value), files) { CallingAeTitle = callingAeTitle, Timeout = TimeSpan.FromMinutes(2) },
            Ct);

    /// <summary>Waits until the database holds <paramref name="count"/> arrivals at least (the import follows the store response).</summary>
    public Task WaitForArrivalsAsync(int count) =>
        WaitUntilAsync(
            async () =>
            {
                await using var db = NewContext();
                return await db.ObjectArrivals.CountAsync(Ct) >= count;
            },
            $"{count} arrival(s) recorded");

    /// <summary>Every file under the store folder (the incoming folder included), relative to it.</summary>
    public IReadOnlyList<string> FilesInStore() =>
        Directory.Exists(StoreRoot)
            ? [.. Directory.EnumerateFiles(StoreRoot, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(StoreRoot, path)).Order(StringComparer.Ordinal)]
            : [];

    public static Task WaitUntilAsync(Func<bool> condition, string what, Func<string>? detail = null) =>
        WaitUntilAsync(() => Task.FromResult(condition()), what, detail);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, Func<string>? detail = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > WaitLimit)
            {
                throw new Xunit.Sdk.XunitException($"Timed out after {WaitLimit.TotalSeconds:0} s waiting until {what}. {detail?.Invoke()}");
            }

            await Task.Delay(50, Ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
