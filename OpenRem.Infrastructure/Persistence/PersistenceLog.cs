using Microsoft.Extensions.Logging;

namespace OpenRem.Infrastructure.Persistence;

/// <summary>The log messages of the persistence layer.</summary>
internal static partial class PersistenceLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Database {Path} migrated: {Applied} migration(s) applied")]
    public static partial void DatabaseMigrated(ILogger logger, string path, int applied);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Database {Path} is up to date")]
    public static partial void DatabaseUpToDate(ILogger logger, string path);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Progress publisher {Publisher} failed for query {QueryId}; the query goes on")]
    public static partial void PublisherFailed(ILogger logger, Exception exception, string publisher, Guid queryId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "The last changes of query {QueryId} could not be written to the database")]
    public static partial void FinalWriteFailed(ILogger logger, Exception exception, Guid queryId);
}
