using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenRem.Infrastructure.Persistence;

namespace OpenRem.Infrastructure.Tests.Persistence;

public sealed class DatabaseMigrationServiceTests
{
    [Fact]
    public async Task Starting_the_host_creates_the_database_in_the_data_directory_with_every_migration()
    {
        using var temp = new TemporaryDirectory();
        var dataDirectory = Path.Combine(temp.Path, "data");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection([new("OpenRem:DataDirectory", dataDirectory)]);
        builder.AddOpenRemInfrastructure();
        var ct = TestContext.Current.CancellationToken;

        using (var host = builder.Build())
        {
            Assert.False(File.Exists(Path.Combine(dataDirectory, OpenRemDatabase.FileName)));
            await host.StartAsync(ct);
            await using (var db = await host.Services.GetRequiredService<IDbContextFactory<OpenRemDbContext>>().CreateDbContextAsync(ct))
            {
                Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
            }

            await host.StopAsync(ct);
        }

        SqliteConnection.ClearAllPools();
        Assert.True(File.Exists(Path.Combine(dataDirectory, "openrem.db")));
    }
}
