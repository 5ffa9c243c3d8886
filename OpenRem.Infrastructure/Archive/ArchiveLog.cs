using Microsoft.Extensions.Logging;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Archive;

/// <summary>The archive adapter's log messages: nodes, AE titles, services and statuses, never patient data.</summary>
internal static partial class ArchiveLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Association to {Node} for {Service} established")]
    public static partial void Associated(ILogger logger, string node, ArchiveService service);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Could not associate with {Node} for {Service}: {Reason}")]
    public static partial void AssociationFailed(ILogger logger, string node, ArchiveService service, string reason);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "The association to {Node} was lost; a new one is opened")]
    public static partial void Replacing(ILogger logger, string node);

    [LoggerMessage(EventId = 303, Level = LogLevel.Information, Message = "The association to {Node} ended while it was idle ({Reason}); the C-FIND is sent again on a new one")]
    public static partial void ResendingOnNewAssociation(ILogger logger, string node, string reason);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "Association to {Node} released")]
    public static partial void Released(ILogger logger, string node);

    [LoggerMessage(EventId = 305, Level = LogLevel.Warning, Message = "Closing the association to {Node} failed: {Reason}")]
    public static partial void CloseFailed(ILogger logger, string node, string reason);

    [LoggerMessage(EventId = 310, Level = LogLevel.Debug, Message = "{Level} C-FIND to {Node} ended with success after {Matches} matches")]
    public static partial void FindCompleted(ILogger logger, QueryLevel level, string node, int matches);

    [LoggerMessage(EventId = 311, Level = LogLevel.Warning, Message = "{Level} C-FIND to {Node} ended with {Status} after {Matches} matches")]
    public static partial void FindFailed(ILogger logger, QueryLevel level, string node, string status, int matches);

    [LoggerMessage(EventId = 312, Level = LogLevel.Warning, Message = "A pending {Level} C-FIND response from {Node} had no identifier; it was skipped")]
    public static partial void PendingWithoutIdentifier(ILogger logger, QueryLevel level, string node);

    [LoggerMessage(EventId = 313, Level = LogLevel.Information, Message = "{Level} C-FIND to {Node} cancelled after {Matches} matches")]
    public static partial void FindCancelled(ILogger logger, QueryLevel level, string node, int matches);

    [LoggerMessage(EventId = 320, Level = LogLevel.Debug, Message = "{Level} C-MOVE from {Node} to {Destination} ended with status 0x{Status:x4}")]
    public static partial void MoveEnded(ILogger logger, QueryLevel level, string node, string destination, ushort status);

    [LoggerMessage(EventId = 330, Level = LogLevel.Warning, Message = "{Call} to {Node} failed: {Reason}")]
    public static partial void CallFailed(ILogger logger, string call, string node, string reason);
}
