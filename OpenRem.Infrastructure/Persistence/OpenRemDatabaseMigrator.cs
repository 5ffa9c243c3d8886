using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace OpenRem.Infrastructure.Persistence;

/// <summary>
/// Creates the database or brings it up to date with the migrations, and puts it in write-ahead-log mode. Run at
/// start-up by the web application (<see cref="DatabaseMigrationService"/>) and by each command-line verb that uses
/// the database; concurrent runs are safe (EF Core takes a migration lock).
/// </summary>
public sealed class OpenRemDatabaseMigrator(IDbContextFactory<OpenRemDbContext> contexts, ILogger<OpenRemDatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        var path = db.Database.GetDbConnection().DataSource;
        var mode = await SqliteJournal.UseWriteAheadLogAsync(db, cancellationToken);
        if (!string.Equals(mode, SqliteJournal.WriteAheadLog, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The database {path} cannot use write-ahead logging (journal mode is '{mode}'); keep the data directory on a local disk.");
        }

        if (pending > 0)
        {
            PersistenceLog.DatabaseMigrated(logger, path, pending);
        }
        else
        {
            PersistenceLog.DatabaseUpToDate(logger, path);
        }
    }
}
