using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace OpenRem.Infrastructure.Persistence;

/// <summary>
/// SQLite's journal mode. In write-ahead-log mode readers do not block the writer nor the writer the readers, so
/// the web application, a command-line process and the jobs can share the file; the mode is kept in the file.
/// </summary>
internal static class SqliteJournal
{
    public const string WriteAheadLog = "wal";

    /// <summary>Switches the database to write-ahead logging (a no-op when it is already); returns the mode in force.</summary>
    public static async Task<string> UseWriteAheadLogAsync(OpenRemDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = await command.ExecuteScalarAsync(cancellationToken);
            return Convert.ToString(mode, CultureInfo.InvariantCulture) ?? string.Empty;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
