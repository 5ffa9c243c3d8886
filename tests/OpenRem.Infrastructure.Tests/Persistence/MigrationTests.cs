using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenRem.Infrastructure.Persistence;

namespace OpenRem.Infrastructure.Tests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public async Task Every_migration_applies_to_an_empty_database_and_leaves_nothing_pending()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var ct = TestContext.Current.CancellationToken;

        Assert.True(File.Exists(database.Path));
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model differs from the last migration: add a migration with dotnet ef.");
    }

    [Fact]
    public async Task The_database_lies_in_the_data_directory_in_write_ahead_log_mode_with_foreign_keys_on()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var connection = new SqliteConnection(OpenRemDatabase.ConnectionString(database.DataDirectory));
        await connection.OpenAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Path.Combine(database.DataDirectory, "openrem.db"), connection.DataSource);
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys;"));
        Assert.Equal(30, connection.DefaultTimeout);
    }

    [Fact]
    public async Task Migrating_again_changes_nothing_and_keeps_the_data()
    {
        await using var database = await TestDatabase.CreateAsync();
        var nodes = database.Get<OpenRem.Infrastructure.Persistence.Nodes.IStoreNodeRepository>();
        var ct = TestContext.Current.CancellationToken;
        var stored = await nodes.AddAsync(new OpenRem.Domain.Nodes.StoreNodeSettings { Name = "Store", AeTitle = "OPENREM", Port = 11112 }, ct);

        await database.Services.MigrateOpenRemDatabaseAsync(ct);

        Assert.Equal("Store", (await nodes.FindAsync(stored.Id, ct))?.Name);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
