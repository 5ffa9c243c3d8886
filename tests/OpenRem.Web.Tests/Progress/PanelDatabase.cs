using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Progress;
using OpenRem.Infrastructure.Persistence.Queries;

namespace OpenRem.Web.Tests.Progress;

/// <summary>
/// The application's database in a fresh temporary folder, with a remote node and a store node, whose query runs
/// publish to <paramref name="publisher"/>. Deleted when disposed.
/// </summary>
internal sealed class PanelDatabase(ServiceProvider services, string root) : IAsyncDisposable
{
    public RemoteNode Remote { get; private set; } = null!;

    public StoreNode Store { get; private set; } = null!;

    public IQueryRepository Queries => services.GetRequiredService<IQueryRepository>();

    public IQueryRunSessions Sessions => services.GetRequiredService<IQueryRunSessions>();

    public static async Task<PanelDatabase> CreateAsync(IQueryProgressPublisher publisher, CancellationToken cancellationToken)
    {
        var root = Directory.CreateTempSubdirectory("openrem-panel-").FullName;
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(publisher)
            .AddOpenRemPersistence(Path.Combine(root, "data"))
            .BuildServiceProvider();
        Directory.CreateDirectory(Path.Combine(root, "data"));
        await services.MigrateOpenRemDatabaseAsync(cancellationToken);
        var database = new PanelDatabase(services, root);
        database.Remote = await services.GetRequiredService<IRemoteNodeRepository>().AddAsync(
            new RemoteNodeSettings { Name = "Main PACS", AeTitle = "PACS", CallingAeTitle = "OPENREM", Host = "127.0.0.1", Port = 104 }, cancellationToken);
        database.Store = await services.GetRequiredService<IStoreNodeRepository>().AddAsync(
            new StoreNodeSettings { Name = "Local store", AeTitle = "OPENREMSTORE", Port = 11112, Kind = StoreNodeKind.External, Host = "127.0.0.1" }, cancellationToken);
        return database;
    }

    /// <summary>Stores a new queued CT query.</summary>
    public async Task<Query> NewQueryAsync(CancellationToken cancellationToken)
    {
        var request = new QueryRequest { RemoteNodeId = Remote.Id, StoreNodeId = Store.Id, Modalities = ModalitySelection.Of(ModalityGroup.Ct) };
        var query = Query.Create(request, Remote, Store, TimeProvider.System);
        await Queries.AddAsync(query, cancellationToken);
        return query;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}
