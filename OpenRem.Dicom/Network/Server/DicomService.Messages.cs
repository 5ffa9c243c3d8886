using System.Buffers;
using System.Globalization;
using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Network.Server.Storage;
using OpenRem.Dicom.Network.Transport;

namespace OpenRem.Dicom.Network.Server;

/// <summary>The DIMSE half of <see cref="DicomService"/>: reassembly of commands, streaming of data sets, dispatch and responses.</summary>
public abstract partial class DicomService
{
    /// <summary>64 KiB: command sets are a few hundred bytes.</summary>
    private const int MaxCommandLength = 64 * 1024;

    private readonly ArrayBufferWriter<byte> _commandBytes = new(512);
    private Task _handler = Task.CompletedTask;
    private byte _messageContextId;
    private DicomDataset? _pendingCommand;
    private DicomPresentationContext? _pendingContext;
    private StoreReceipt? _receipt;
    private DicomStatus? _pendingFailure;
    private int _objectsStored;

    private bool IsMessageInProgress => _messageContextId != 0;

    private bool IsHandlerRunning => !_handler.IsCompleted;

    /// <summary>
    /// Takes one PDV of the current message (PS3.8 Annex E): command fragments are collected, data set fragments of a
    /// C-STORE go to the object's file as they come, and the complete message is handed to a handler task.
    /// </summary>
    private async ValueTask ReceivePdvAsync(PDV pdv)
    {
        var context = Association!.FindAcceptedContext(pdv.PCID)
            ?? throw new DicomPduException($"A PDV arrived on presentation context {pdv.PCID}, which is not an accepted context of this association.", DicomAbortReason.UnexpectedPDUParameter);
        if (_messageContextId == 0)
        {
            if (!pdv.IsCommand)
            {
                throw new DicomPduException($"A data set fragment arrived on presentation context {pdv.PCID} before any command.", DicomAbortReason.UnexpectedPDUParameter);
            }

            // Synchronous operation: the next request is handled once the previous one was answered.
            await WaitForHandlerAsync().ConfigureAwait(false);
            _messageContextId = pdv.PCID;
        }
        else if (pdv.PCID != _messageContextId)
        {
            throw new DicomPduException(
                $"A fragment on presentation context {pdv.PCID} arrived in the middle of a message on context {_messageContextId}.", DicomAbortReason.UnexpectedPDUParameter);
        }

        if (_pendingCommand is null)
        {
            ReceiveCommandFragment(pdv, context);
            return;
        }

        if (pdv.IsCommand)
        {
            throw new DicomPduException("A command fragment arrived where the data set of the previous command was expected.", DicomAbortReason.UnexpectedPDUParameter);
        }

        if (_receipt is not null)
        {
            await _receipt.Sink.WriteAsync(pdv.Value, _lifetime.Token).ConfigureAwait(false);
        }

        if (pdv.IsLastFragment)
        {
            var message = new ReceivedMessage(_pendingCommand, _pendingContext!, HadDataset: true, _receipt, _pendingFailure);
            _receipt = null;
            EndMessage();
            StartHandler(message);
        }
    }

    private void ReceiveCommandFragment(PDV pdv, DicomPresentationContext context)
    {
        if (!pdv.IsCommand)
        {
            throw new DicomPduException("A data set fragment arrived before the last fragment of its command.", DicomAbortReason.UnexpectedPDUParameter);
        }

        if ((long)_commandBytes.WrittenCount + pdv.Value.Length > MaxCommandLength)
        {
            throw new DicomPduException(
                string.Create(CultureInfo.InvariantCulture, $"The received command set is larger than the maximum of {MaxCommandLength} bytes."), DicomAbortReason.InvalidPDUParameter);
        }

        _commandBytes.Write(pdv.Value.Span);
        if (!pdv.IsLastFragment)
        {
            return;
        }

        var command = DicomCommandCodec.Decode(_commandBytes.WrittenMemory);
        _commandBytes.ResetWrittenCount();
        var field = (DicomCommandField)command.GetSingleValueOrDefault<ushort>(DicomTag.CommandField, 0);
        ServerLog.ReceivedCommand(Logger, field, context.ID);
        var datasetFollows = command.GetSingleValueOrDefault<ushort>(DicomTag.CommandDataSetType, DicomMessage.CommandDataSetTypeNull) != DicomMessage.CommandDataSetTypeNull;
        if (!datasetFollows)
        {
            EndMessage();
            StartHandler(new ReceivedMessage(command, context, HadDataset: false, null, null));
            return;
        }

        _pendingCommand = command;
        _pendingContext = context;
        BeginDataset(command, context);
    }

    /// <summary>Decides where the data set goes: a C-STORE that passes the checks opens its file; anything else is discarded and answered at the end.</summary>
    private void BeginDataset(DicomDataset command, DicomPresentationContext context)
    {
        if ((DicomCommandField)command.GetSingleValueOrDefault<ushort>(DicomTag.CommandField, 0) != DicomCommandField.CStoreRequest
            || this is not IDicomCStoreProvider store)
        {
            return;
        }

        var request = new DicomCStoreRequest(command) { PresentationContext = context };
        _pendingFailure = CheckStoreRequest(request, context);
        if (_pendingFailure is not null)
        {
            return;
        }

        var storeContext = new StoreRequestContext(
            request.SOPClassUID!.UID,
            request.SOPInstanceUID,
            context.AcceptedTransferSyntax!,
            Association!.CallingAE,
            Association.CalledAE,
            string.IsNullOrWhiteSpace(request.MoveOriginatorAE) ? null : request.MoveOriginatorAE.Trim(),
            request.MoveOriginatorMessageID);
        try
        {
            _receipt = new StoreReceipt(request, storeContext, store.OpenStoreSink(storeContext));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _pendingFailure = DicomStatus.StorageOutOfResources.WithErrorComment($"Cannot open a file: {e.Message}");
        }
    }

    private static DicomStatus? CheckStoreRequest(DicomCStoreRequest request, DicomPresentationContext context)
    {
        var sopClass = request.SOPClassUID?.UID;
        if (string.IsNullOrEmpty(sopClass))
        {
            return DicomStatus.StorageCannotUnderstand.WithErrorComment("The request has no Affected SOP Class UID.");
        }

        if (sopClass != context.AbstractSyntax.UID)
        {
            return DicomStatus.SOPClassNotSupported.WithErrorComment($"{sopClass} is not the SOP class of context {context.ID}.");
        }

        return StorePathPolicy.IsSafeUid(request.SOPInstanceUID)
            ? null
            : DicomStatus.StorageCannotUnderstand.WithErrorComment($"Affected SOP Instance UID '{request.SOPInstanceUID}' is not valid.");
    }

    private void EndMessage()
    {
        _messageContextId = 0;
        _pendingCommand = null;
        _pendingContext = null;
        _pendingFailure = null;
    }

    /// <summary>
    /// Starts handling a complete message on this thread: the check, the provider and the response usually complete
    /// without waiting, so the response goes out with no thread hop; whatever has to wait goes on as a task while
    /// the receive loop reads on (an A-ABORT is still seen at once).
    /// </summary>
    private void StartHandler(ReceivedMessage message) => _handler = HandleAsync(message, _lifetime.Token);

    private async Task WaitForHandlerAsync()
    {
        try
        {
            await _handler.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // The association is ending.
        }
    }

    private async Task HandleAsync(ReceivedMessage message, CancellationToken cancellationToken)
    {
        try
        {
            switch (message.Field)
            {
                case DicomCommandField.CStoreRequest:
                    await HandleStoreAsync(message, cancellationToken).ConfigureAwait(false);
                    break;
                case DicomCommandField.CEchoRequest when this is IDicomCEchoProvider echo && !message.HadDataset:
                    var echoResponse = await echo.OnCEchoRequestAsync(new DicomCEchoRequest(message.Command) { PresentationContext = message.Context }, cancellationToken).ConfigureAwait(false);
                    await SendResponseAsync(echoResponse.Command, message.Context.ID, cancellationToken).ConfigureAwait(false);
                    break;
                case DicomCommandField.CCancelRequest:
                    // Nothing this service does can be cancelled: a C-CANCEL is ignored (PS3.7 §9.3.2.3).
                    break;
                case var field when ((ushort)field & 0x8000) != 0:
                    ServerLog.IgnoredResponse(Logger, field.GetDescription(), Association!.CallingAE);
                    break;
                default:
                    await SendResponseAsync(FailureResponseCommand.Build(message.Command, DicomStatus.UnrecognizedOperation), message.Context.ID, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception e) when (e is DicomNetworkException or OperationCanceledException)
        {
            // The association is ending; the receive loop reports why.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ServerLog.HandlerFailed(Logger, e, message.Field.GetDescription(), Association!.CallingAE);
            await SendResponseQuietlyAsync(FailureResponseCommand.Build(message.Command, DicomStatus.ProcessingFailure.WithErrorComment(e.Message)), message.Context.ID, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task HandleStoreAsync(ReceivedMessage message, CancellationToken cancellationToken)
    {
        if (message.Receipt is not { } receipt)
        {
            var failure = message.Failure
                ?? (this is not IDicomCStoreProvider
                    ? DicomStatus.SOPClassNotSupported.WithErrorComment("This service stores nothing.")
                    : DicomStatus.StorageCannotUnderstand.WithErrorComment("The C-STORE request has no data set."));
            ServerLog.StoreRefused(Logger, Association!.CallingAE, failure);
            await SendResponseAsync(FailureResponseCommand.Build(message.Command, failure), message.Context.ID, cancellationToken).ConfigureAwait(false);
            return;
        }

        var store = (IDicomCStoreProvider)this;
        await using (receipt.Sink.ConfigureAwait(false))
        {
            var result = await receipt.Sink.CompleteAsync(header => store.ChooseStorePath(header, receipt.Context), cancellationToken).ConfigureAwait(false);
            var response = await store.OnCStoreRequestAsync(receipt.Request, result, cancellationToken).ConfigureAwait(false);
            await SendResponseAsync(response.Command, message.Context.ID, cancellationToken).ConfigureAwait(false);
            if (result.Stored is { } stored)
            {
                Interlocked.Increment(ref _objectsStored);
                ServerLog.Stored(Logger, stored.Request.SopInstanceUid, stored.Size, stored.Path);
                await _context.Events.ObjectStoredAsync(stored, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                ServerLog.StoreRefused(Logger, Association!.CallingAE, response.Status);
            }
        }
    }

    private Task SendResponseAsync(DicomDataset command, byte contextId, CancellationToken cancellationToken) =>
        _connection.SendMessageAsync(contextId, DicomCommandCodec.Encode(command), null, _fragmenter!, cancellationToken);

    private async Task SendResponseQuietlyAsync(DicomDataset command, byte contextId, CancellationToken cancellationToken)
    {
        try
        {
            await SendResponseAsync(command, contextId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DicomNetworkException or OperationCanceledException)
        {
            // The association is ending.
        }
    }

    /// <summary>At the end of the association: waits for the handler and deletes an object cut off in the middle.</summary>
    private async Task EndMessagesAsync(Exception? closedBy)
    {
        await WaitForHandlerQuietlyAsync().ConfigureAwait(false);
        if (_receipt is { } receipt)
        {
            _receipt = null;
            await receipt.Sink.DisposeAsync().ConfigureAwait(false);
            if (this is IDicomCStoreProvider store)
            {
                await store.OnCStoreRequestExceptionAsync(
                    receipt.Request, closedBy ?? new ConnectionClosedPrematurelyException("The association ended in the middle of the object.")).ConfigureAwait(false);
            }
        }
    }

    private async Task WaitForHandlerQuietlyAsync()
    {
        try
        {
            await _handler.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or DicomNetworkException)
        {
            // Reported by the receive loop.
        }
    }
}
