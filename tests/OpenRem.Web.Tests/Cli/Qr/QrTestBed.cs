using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenRem.Domain.Find;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Running;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Progress;
using OpenRem.Infrastructure.Progress;
using OpenRem.Infrastructure.Running;
using OpenRem.Web.Cli.Qr;
using OpenRem.Web.Tests.Cli.Qr.Fakes;

namespace OpenRem.Web.Tests.Cli.Qr;

/// <summary>
/// A scripted archive, imported objects, nodes 1 (remote "pacs") and 2 (store "store") that answer their echo,
/// the application's progress and a clock at 2024-03-15 10:00 UTC; runs the <c>qr</c> verb or a query on them.
/// </summary>
internal sealed class QrTestBed
{
    public QrTestBed()
    {
        Time.SetLocalTimeZone(TimeZoneInfo.Utc);
        Nodes.Remotes[1] = FakeNodes.Remote();
        Nodes.Stores[2] = FakeNodes.Store();
    }

    public FakeArchive Archive { get; } = new();

    public FakeImportedObjects Imported { get; } = new();

    public FakeNodes Nodes { get; } = new();

    public RecordingProgress ApplicationProgress { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 3, 15, 10, 0, 0, TimeSpan.Zero));

    /// <summary>How many service providers the verb built, and how many it disposed.</summary>
    public int ProvidersBuilt { get; private set; }

    public int ProvidersDisposed { get; private set; }

    /// <summary>The arrivals at the store node: none, as the fake store node is external and nothing is followed there.</summary>
    public RecordedArrivals Arrivals { get; } = new();

    /// <summary>
    /// When set, the verb runs with the application's database in this folder (its nodes read from there, the query
    /// stored and run by the stored query runner, its progress shown from the progress feed) instead of the fake
    /// nodes and <see cref="ApplicationProgress"/>. Add the nodes with <see cref="AddDatabaseNodesAsync"/>.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>Stores the fake remote and store nodes in the database; returns their database IDs.</summary>
    public async Task<(int Remote, int Store)> AddDatabaseNodesAsync()
    {
        await using var services = BuildServices();
        await services.MigrateOpenRemDatabaseAsync(TestContext.Current.CancellationToken);
        // The same settings as the fake nodes (FakeNodes.Remote and FakeNodes.Store).
        var storedRemote = await services.GetRequiredService<IRemoteNodeRepository>().AddAsync(
            new RemoteNodeSettings { Name = "pacs", AeTitle = "PACS", CallingAeTitle = "OPENREM", Host = "127.0.0.1", Port = 104 },
            TestContext.Current.CancellationToken);
        var storedStore = await services.GetRequiredService<IStoreNodeRepository>().AddAsync(
            new StoreNodeSettings { Name = "store", AeTitle = "OPENREMSTORE", Port = 11112, Kind = StoreNodeKind.External, Host = "127.0.0.1" },
            TestContext.Current.CancellationToken);
        return (storedRemote.Id, storedStore.Id);
    }

    /// <summary>Runs <c>qr ARGS</c> in-process; returns the exit code, the output and the error output.</summary>
    public Task<(int ExitCode, string Output, string Error)> RunVerbAsync(params string[] args) =>
        RunVerbAsync(TestContext.Current.CancellationToken, args);

    /// <summary>Runs <c>qr ARGS</c> in-process with <paramref name="cancellationToken"/> as the Ctrl-C token.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunVerbAsync(CancellationToken cancellationToken, params string[] args)
    {
        var verb = new QrVerb(_ => Task.FromResult<IServiceProvider>(BuildServices()));
        var root = new RootCommand { verb.CreateCommand() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(["qr", .. args]).InvokeAsync(
            new InvocationConfiguration { Output = output, Error = error },
            cancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Creates a query for <paramref name="request"/> on nodes 1 and 2 and runs it through the Domain's runner.</summary>
    public async Task<Query> RunQueryAsync(QueryRequest request)
    {
        var remote = Nodes.Remotes[1];
        var store = Nodes.Stores[2];
        var query = Query.Create(request, remote, store, Time);
        var runner = new QueryRunner(new FindPhase(Archive, Imported, ApplicationProgress, Time), new MovePhase(Archive, ApplicationProgress, Time, Arrivals));
        await runner.RunAsync(query, remote, store, TestContext.Current.CancellationToken);
        return query;
    }

    private ServiceProvider BuildServices()
    {
        ProvidersBuilt++;
        var services = new ServiceCollection();
        services.AddSingleton<INodeEcho>(Nodes);
        services.AddSingleton<IRemoteArchiveConnector>(Archive);
        services.AddSingleton<TimeProvider>(Time);
        if (DataDirectory is null)
        {
            services.AddSingleton<IQrNodeLookup>(Nodes);
            services.AddSingleton<IImportedObjects>(Imported);
            services.AddSingleton<IRetrieveArrivals>(Arrivals);
            services.AddSingleton<IQueryProgress>(ApplicationProgress);
        }
        else
        {
            services.AddLogging();
            services.AddOpenRemPersistence(DataDirectory);
            services.AddSingleton<IQrNodeLookup, RepositoryNodeLookup>();
            services.AddOptions<QueryProgressFeedOptions>();
            services.AddSingleton<QueryProgressFeed>();
            services.AddSingleton<IQueryProgressFeed>(provider => provider.GetRequiredService<QueryProgressFeed>());
            services.AddSingleton<IQueryProgressPublisher>(provider => provider.GetRequiredService<QueryProgressFeed>());
            services.AddSingleton<RunningQueries>();
            services.AddSingleton<StoredQueryRunner>();
        }

        services.AddSingleton(_ => new DisposalCounter(() => ProvidersDisposed++));
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<DisposalCounter>();
        return provider;
    }
}
