using Microsoft.Extensions.Logging;
using OpenRem.Domain.Imported;

namespace OpenRem.Infrastructure.Import;

/// <summary>The log messages of the importer.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Imported {Imported} of {Count} received object(s), {New} new")]
    public static partial void BatchImported(ILogger logger, int count, int imported, int @new);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Object {SopInstanceUid} in {Path} was stored but not imported: {Problem}")]
    public static partial void NotImported(ILogger logger, string sopInstanceUid, string path, string problem);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "A batch of {Count} received object(s) could not be written to the database; importing them one by one")]
    public static partial void BatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Error, Message = "Object in {Path} could not be imported; it stays on disk and is imported at the next start")]
    public static partial void ObjectFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Store folder {Folder}: {Partial} partial file(s) removed, {Unindexed} complete file(s) not yet imported")]
    public static partial void RecoveryScanned(ILogger logger, string folder, int partial, int unindexed);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "File {Path} in the store folder cannot be read as DICOM and is left alone: {Reason}")]
    public static partial void UnreadableFile(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Debug, Message = "Imported {SopInstanceUid} ({Kind}) for query {QueryId}")]
    public static partial void ObjectImported(ILogger logger, string sopInstanceUid, ImportedObjectKind kind, Guid? queryId);
}
