using Microsoft.Extensions.Logging;

namespace OpenRem.Dicom.Network.Client;

/// <summary>The client's log messages.</summary>
internal static partial class ClientLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Association established: {Association}")]
    public static partial void AssociationEstablished(ILogger logger, DicomAssociation association);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Association request from {CallingAE} to {CalledAE} at {Peer} failed: {Reason}")]
    public static partial void AssociationFailed(ILogger logger, string callingAE, string calledAE, string peer, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Presentation context {ContextId} was accepted with transfer syntax {TransferSyntax}, which was not proposed; it is not used")]
    public static partial void UnproposedTransferSyntax(ILogger logger, byte contextId, string transferSyntax);

    [LoggerMessage(EventId = 110, Level = LogLevel.Debug, Message = "Sending {Message} (message ID {MessageId}) on presentation context {ContextId}")]
    public static partial void SendingRequest(ILogger logger, string message, ushort messageId, byte contextId);

    [LoggerMessage(EventId = 111, Level = LogLevel.Debug, Message = "Received {Message}")]
    public static partial void ReceivedMessage(ILogger logger, DicomMessage message);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "Ignored {Message}: no request with that message ID is outstanding")]
    public static partial void IgnoredResponse(ILogger logger, DicomMessage message);

    [LoggerMessage(EventId = 113, Level = LogLevel.Information, Message = "Sending C-CANCEL for message ID {MessageId}")]
    public static partial void SendingCancel(ILogger logger, ushort messageId);

    [LoggerMessage(EventId = 114, Level = LogLevel.Debug, Message = "Discarded the identifier of a final C-FIND response (message ID {MessageId})")]
    public static partial void DiscardedFinalIdentifier(ILogger logger, ushort messageId);

    [LoggerMessage(EventId = 120, Level = LogLevel.Debug, Message = "Association {CallingAE} -> {CalledAE} released")]
    public static partial void Released(ILogger logger, string callingAE, string calledAE);

    [LoggerMessage(EventId = 121, Level = LogLevel.Warning, Message = "Association {CallingAE} -> {CalledAE} ended: {Reason}")]
    public static partial void Failed(ILogger logger, string callingAE, string calledAE, string reason);
}
