using Microsoft.Extensions.Hosting;

namespace OpenRem.Infrastructure.Persistence;

/// <summary>Migrates the database when the host starts, before the services registered after it start.</summary>
internal sealed class DatabaseMigrationService(OpenRemDatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
