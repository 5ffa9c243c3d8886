using Microsoft.Extensions.Logging;

namespace OpenRem.Dicom.Network.Server;

/// <summary>The server's log messages. Information carries AE titles, addresses and counts only, never patient data.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Listening for DICOM associations on {Endpoint}")]
    public static partial void Listening(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Stopped listening on {Endpoint}")]
    public static partial void Stopped(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning, Message = "Accepting a connection failed: {Reason}")]
    public static partial void AcceptFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "Aborting {Count} association(s) still open after the grace period")]
    public static partial void AbortingAtStop(ILogger logger, int count);

    [LoggerMessage(EventId = 210, Level = LogLevel.Information, Message = "Association accepted: {Association}")]
    public static partial void Accepted(ILogger logger, DicomAssociation association);

    [LoggerMessage(EventId = 211, Level = LogLevel.Warning, Message = "Association from {CallingAE} at {Peer} to {CalledAE} rejected: {Explanation}")]
    public static partial void Rejected(ILogger logger, string callingAE, string peer, string calledAE, string explanation);

    [LoggerMessage(EventId = 212, Level = LogLevel.Information, Message = "Association {CallingAE} -> {CalledAE} released after {Objects} object(s)")]
    public static partial void Released(ILogger logger, string callingAE, string calledAE, int objects);

    [LoggerMessage(EventId = 213, Level = LogLevel.Warning, Message = "Association from {Peer} ended: {Reason}")]
    public static partial void Ended(ILogger logger, string peer, string reason);

    [LoggerMessage(EventId = 214, Level = LogLevel.Debug, Message = "Connection from {Peer} closed without an association request")]
    public static partial void ClosedBeforeRequest(ILogger logger, string peer);

    [LoggerMessage(EventId = 220, Level = LogLevel.Debug, Message = "Received {Message} on presentation context {ContextId}")]
    public static partial void ReceivedCommand(ILogger logger, DicomCommandField message, byte contextId);

    [LoggerMessage(EventId = 221, Level = LogLevel.Debug, Message = "Stored {SopInstanceUid} ({Size} bytes) at {Path}")]
    public static partial void Stored(ILogger logger, string sopInstanceUid, long size, string path);

    [LoggerMessage(EventId = 222, Level = LogLevel.Warning, Message = "An object from {CallingAE} was refused: {Status}")]
    public static partial void StoreRefused(ILogger logger, string callingAE, DicomStatus status);

    [LoggerMessage(EventId = 223, Level = LogLevel.Warning, Message = "Ignored a {Message} from {CallingAE}: this side sends no requests")]
    public static partial void IgnoredResponse(ILogger logger, string message, string callingAE);

    [LoggerMessage(EventId = 224, Level = LogLevel.Error, Message = "Handling a {Message} from {CallingAE} failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string message, string callingAE);

    [LoggerMessage(EventId = 225, Level = LogLevel.Warning, Message = "Object refused with status {Status}: {Comment}")]
    public static partial void RefusalExplained(ILogger logger, ushort status, string comment);

    [LoggerMessage(EventId = 226, Level = LogLevel.Warning, Message = "An object was cut off and not kept: {Reason}")]
    public static partial void ObjectCutOff(ILogger logger, string reason);
}
