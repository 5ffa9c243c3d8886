using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OpenRem.Infrastructure.Persistence;

/// <summary>Where the application's database lives and how it is opened.</summary>
public static class OpenRemDatabase
{
    /// <summary>The database file's name in the data directory.</summary>
    public const string FileName = "openrem.db";

    /// <summary>
    /// How long a command waits for another connection (the web application, a command-line process, a job) to
    /// release its write lock before it fails with "database is locked": Microsoft.Data.Sqlite retries until then.
    /// </summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The path of the database in <paramref name="dataDirectory"/>.</summary>
    public static string PathIn(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        return Path.Combine(dataDirectory, FileName);
    }

    /// <summary>The connection string of the database in <paramref name="dataDirectory"/>.</summary>
    public static string ConnectionString(string dataDirectory) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = PathIn(dataDirectory),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();

    /// <summary>Configures <paramref name="options"/> for the database in <paramref name="dataDirectory"/>.</summary>
    public static DbContextOptionsBuilder UseOpenRemDatabase(this DbContextOptionsBuilder options, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseSqlite(
            ConnectionString(dataDirectory),
            sqlite => sqlite.MigrationsAssembly(typeof(OpenRemDbContext).Assembly.GetName().Name));
    }
}
