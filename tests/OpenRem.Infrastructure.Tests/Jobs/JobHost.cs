using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Jobs;

/// <summary>
/// The application's services in a host of their own, as the web application registers them (database, store nodes,
/// jobs), over a given data directory: started and stopped like the application, so that a test can stop it part way
/// and start another on the same data.
/// </summary>
internal sealed class JobHost : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(2);

    private readonly IHost _host;
    private bool _started;

    private JobHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<JobHost> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = await BuildAsync(dataDirectory, settings);
        await host._host.StartAsync(TestContext.Current.CancellationToken);
        host._started = true;
        return host;
    }

    /// <summary>The host built and its database migrated, not started: what a test stores now is there when it starts.</summary>
    public static async Task<JobHost> BuildAsync(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = dataDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenRem:DataDirectory"] = dataDirectory,
            ["OpenRem:StoreNodes:BindAddress"] = "127.0.0.1",
            ["OpenRem:StoreNodes:ReconcileInterval"] = "00:00:00.500",
            ["OpenRem:Jobs:EchoInterval"] = "00:00:01",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddOpenRemInfrastructure();
        var host = builder.Build();
        await host.Services.MigrateOpenRemDatabaseAsync(TestContext.Current.CancellationToken);
        return new JobHost(host);
    }

    /// <summary>Starts a host made by <see cref="BuildAsync"/>.</summary>
    public async Task StartAsync()
    {
        await _host.StartAsync(TestContext.Current.CancellationToken);
        _started = true;
    }

    /// <summary>
    /// Adds <paramref name="archive"/> as a remote node and a store node run by the application on
    /// <paramref name="storePort"/> (the archive's move destination <paramref name="storeAeTitle"/>) to the database.
    /// </summary>
    public async Task<(RemoteNode Remote, StoreNode Store)> AddNodesAsync(
        OrthancPeer archive, string storeAeTitle, int storePort, int maxParallelAssociations = 1)
    {
        var ct = TestContext.Current.CancellationToken;
        var remote = await Get<IRemoteNodeRepository>().AddAsync(
            new RemoteNodeSettings
            {
                Name = "archive",
                AeTitle = archive.AeTitle,
                Host = archive.Host,
                Port = archive.DicomPort,
                MaxParallelAssociations = maxParallelAssociations,
            },
            ct);
        var store = await Get<IStoreNodeRepository>().AddAsync(
            new StoreNodeSettings { Name = "own store", AeTitle = storeAeTitle, Port = storePort, Kind = StoreNodeKind.RunByThisApp },
            ct);
        return (remote, store);
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public OpenRemDbContext NewContext() => Get<IDbContextFactory<OpenRemDbContext>>().CreateDbContext();

    /// <summary>The stored query as the database holds it now.</summary>
    public async Task<Query> ReadQueryAsync(Guid queryId)
    {
        await using var db = NewContext();
        return await db.Queries.AsNoTracking().SingleAsync(query => query.Id == queryId, TestContext.Current.CancellationToken);
    }

    /// <summary>Waits until the stored query satisfies <paramref name="condition"/>; fails with its state after <see cref="WaitLimit"/>.</summary>
    public async Task<Query> WaitForQueryAsync(Guid queryId, Func<Query, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (true)
        {
            var query = await ReadQueryAsync(queryId);
            if (condition(query))
            {
                return query;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Query {queryId} did not become {what} within {WaitLimit}: it is {query.State} ({query.StageText}).");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public Task<Query> WaitUntilEndedAsync(Guid queryId) => WaitForQueryAsync(queryId, query => query.HasEnded, "ended");

    /// <summary>Waits until the query has ended, or its find phase has ended and it waits to be retrieved.</summary>
    public Task<Query> WaitUntilEndedOrFilteredAsync(Guid queryId) =>
        WaitForQueryAsync(queryId, query => query.HasEnded || query.State == QueryState.Filtered, "ended or filtered");

    /// <summary>Waits until <paramref name="condition"/> holds; fails with <paramref name="what"/> after <see cref="WaitLimit"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Stops the host as the application stops (running queries are told to stop first).</summary>
    public async Task StopAsync()
    {
        if (_started)
        {
            _started = false;
            await _host.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
