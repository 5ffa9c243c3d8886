using Microsoft.Extensions.Logging;

namespace OpenRem.Infrastructure.StoreNodes;

/// <summary>The log messages of the store nodes run by this application.</summary>
internal static partial class StoreNodeLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Store node {Name} ({AeTitle}) listening on {Endpoint}, storing under {Folder}")]
    public static partial void Listening(ILogger logger, string name, string aeTitle, string endpoint, string folder);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Store node {Name} cannot listen on port {Port}: {Reason}")]
    public static partial void CannotListen(ILogger logger, string name, int port, string reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Store node {Name} stopped after {Objects} object(s)")]
    public static partial void Stopped(ILogger logger, string name, long objects);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Store node {Name} restarts with its new settings")]
    public static partial void Restarting(ILogger logger, string name);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Error, Message = "The store nodes could not be read from the database; trying again shortly")]
    public static partial void ReconcileFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Error, Message = "Store node {Name}: importing received objects failed; they stay on disk and are imported at the next start")]
    public static partial void ImportFailed(ILogger logger, Exception exception, string name);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Warning, Message = "The status of the store nodes could not be written to the database")]
    public static partial void StatusWriteFailed(ILogger logger, Exception exception);
}
