using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Progress;

namespace OpenRem.Infrastructure.Tests.Persistence;

/// <summary>
/// The persistence services over a real SQLite file in a fresh temporary data directory, migrated; a fake clock.
/// Each instance is a separate service provider, so two instances on one directory behave like two processes.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly TemporaryDirectory? _ownedDirectory;
    private readonly ServiceProvider _services;

    private TestDatabase(string dataDirectory, TemporaryDirectory? ownedDirectory, FakeTimeProvider time, IEnumerable<IQueryProgressPublisher> publishers)
    {
        DataDirectory = dataDirectory;
        _ownedDirectory = ownedDirectory;
        Time = time;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        foreach (var publisher in publishers)
        {
            services.AddSingleton(publisher);
        }

        services.AddOpenRemPersistence(dataDirectory);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public string DataDirectory { get; }

    public string Path => OpenRemDatabase.PathIn(DataDirectory);

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    /// <summary>A migrated database in a new temporary directory.</summary>
    public static Task<TestDatabase> CreateAsync(params IQueryProgressPublisher[] publishers) =>
        OpenAsync(null, publishers);

    /// <summary>A second set of services (a second "process") on the database of <paramref name="other"/>.</summary>
    public static Task<TestDatabase> OpenBesideAsync(TestDatabase other) => OpenAsync(other, []);

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public OpenRemDbContext NewContext() => Get<IDbContextFactory<OpenRemDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _ownedDirectory?.Dispose();
    }

    private static async Task<TestDatabase> OpenAsync(TestDatabase? beside, IQueryProgressPublisher[] publishers)
    {
        var owned = beside is null ? new TemporaryDirectory() : null;
        var directory = beside?.DataDirectory ?? System.IO.Path.Combine(owned!.Path, "data");
        Directory.CreateDirectory(directory);
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 6, 3, 9, 30, 0, TimeSpan.Zero));
        var database = new TestDatabase(directory, owned, time, publishers);
        await database.Services.MigrateOpenRemDatabaseAsync(TestContext.Current.CancellationToken);
        return database;
    }
}
