using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Network.Transport;

namespace OpenRem.Dicom.Network.Client;

/// <summary>
/// The requestor's side of one established association over one stream: negotiation, one receive loop, a
/// serialized sender, one outstanding request at a time, release and abort. Every path closes the stream.
/// </summary>
public sealed class DicomClientAssociation : IAdvancedDicomClientAssociation, IClientMessageSink
{
    private readonly AssociationConnection _connection;
    private readonly RequestorStateMachine _stateMachine;
    private readonly DicomClientOptions _options;
    private readonly ILogger _logger;
    private readonly ClientReceiveLoop _loop;
    private readonly PDataFragmenter _fragmenter;
    private readonly MessageIdSequence _messageIds = new();
    private readonly SemaphoreSlim _operationLock = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DimseOperation? _current;
    private Exception? _failure;
    private int _disposed;

    private DicomClientAssociation(AssociationConnection connection, RequestorStateMachine stateMachine, DicomAssociation association, DicomClientOptions options)
    {
        _connection = connection;
        _stateMachine = stateMachine;
        _options = options;
        _logger = options.Logger;
        Association = association;
        _fragmenter = new PDataFragmenter(association.RemoteMaximumPduLength);
        _loop = new ClientReceiveLoop(connection, stateMachine, association, this, options.MaximumIdentifierLength);
    }

    public DicomAssociation Association { get; }

    public bool IsUsable
    {
        get
        {
            lock (_stateMachine)
            {
                return _failure is null && _stateMachine.CanSendData;
            }
        }
    }

    /// <summary>
    /// Negotiates an association over <paramref name="stream"/> (a connected socket's stream, or any duplex stream)
    /// and starts its receive loop. The association owns the stream from then on; on failure the stream is disposed.
    /// </summary>
    public static async Task<DicomClientAssociation> OpenAsync(
        Stream stream,
        string callingAE,
        string calledAE,
        IReadOnlyList<DicomPresentationContextProposal> proposals,
        DicomClientOptions? options = null,
        string remoteHost = "stream",
        int remotePort = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= DicomClientOptions.Default;
        var connection = new AssociationConnection(stream, new PduReaderOptions { MaxPduLength = options.MaximumPduLengthAccepted });
        var stateMachine = new RequestorStateMachine();
        try
        {
            var association = await new AssociationRequestor(connection, stateMachine, options)
                .RequestAsync(callingAE, calledAE, proposals, remoteHost, remotePort, cancellationToken).ConfigureAwait(false);
            var client = new DicomClientAssociation(connection, stateMachine, association, options);
            client._loop.Start(client._lifetime.Token);
            ClientLog.AssociationEstablished(options.Logger, association);
            return client;
        }
        catch (Exception e)
        {
            connection.Dispose();
            ClientLog.AssociationFailed(options.Logger, callingAE, calledAE, $"{remoteHost}:{remotePort}", e.Message);
            throw;
        }
    }

    public async Task<DicomCEchoResponse> SendCEchoAsync(CancellationToken cancellationToken = default) =>
        (DicomCEchoResponse)await SendSingleAsync(new DicomCEchoRequest(), cancellationToken).ConfigureAwait(false);

    public async IAsyncEnumerable<DicomCFindResponse> SendCFindAsync(DicomCFindRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var operation = await StartAsync(request, null, cancellationToken).ConfigureAwait(false);
        await foreach (var response in operation.ReadResponsesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!response.Status.IsPending && response.Dataset is not null)
            {
                // A final C-FIND response has no identifier; one sent anyway is read and dropped.
                ClientLog.DiscardedFinalIdentifier(_logger, operation.MessageId);
                response.Dataset = null;
            }

            yield return (DicomCFindResponse)response;
        }
    }

    public async IAsyncEnumerable<DicomCMoveResponse> SendCMoveAsync(DicomCMoveRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var operation = await StartAsync(request, _options.TotalMoveTimeout, cancellationToken).ConfigureAwait(false);
        await foreach (var response in operation.ReadResponsesAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return (DicomCMoveResponse)response;
        }
    }

    public async Task<DicomCStoreResponse> SendCStoreAsync(DicomCStoreRequest request, CancellationToken cancellationToken = default) =>
        (DicomCStoreResponse)await SendSingleAsync(request, cancellationToken).ConfigureAwait(false);

    public async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        await _operationLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ReleaseIdleAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _operationLock.Release();
        }
    }

    public Task AbortAsync(CancellationToken cancellationToken = default) =>
        AbortCoreAsync(new DicomAssociationAbortedException("The association was aborted by this side."));

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (IsUsable)
        {
            if (await _operationLock.WaitAsync(0).ConfigureAwait(false))
            {
                try
                {
                    await ReleaseIdleAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (DicomNetworkException)
                {
                    // Released or not, the connection is closed below.
                }
                finally
                {
                    _operationLock.Release();
                }
            }
            else
            {
                await AbortAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        await CloseAsync().ConfigureAwait(false);
        _lifetime.Dispose();
    }

    async ValueTask IClientMessageSink.DeliverAsync(DicomMessage message, CancellationToken cancellationToken)
    {
        ClientLog.ReceivedMessage(_logger, message);
        if (message is not DicomResponse response)
        {
            throw new DicomNetworkException($"The peer sent a {message.Type.GetDescription()}, which this client does not accept.");
        }

        var operation = Volatile.Read(ref _current);
        if (operation is null || response.RequestMessageID != operation.MessageId)
        {
            ClientLog.IgnoredResponse(_logger, response);
            return;
        }

        if (response.Type != operation.Request.ResponseType || response.PresentationContext?.ID != operation.Context.ID)
        {
            throw new DicomNetworkException(
                $"The peer answered the {operation.Request.Type.GetDescription()} with a {response.Type.GetDescription()} on presentation context {response.PresentationContext?.ID}.");
        }

        await operation.DeliverAsync(response, cancellationToken).ConfigureAwait(false);
    }

    void IClientMessageSink.Fail(Exception error) => Fail(error);

    void IClientMessageSink.Released(bool byPeer)
    {
        ClientLog.Released(_logger, Association.CallingAE, Association.CalledAE);
        if (byPeer)
        {
            Fail(new DicomNetworkException("The peer released the association."));
        }

        _released.TrySetResult();
    }

    internal async Task SendCancelAsync(DimseOperation operation)
    {
        ClientLog.SendingCancel(_logger, operation.MessageId);
        await SendMessageAsync(new DicomCCancelRequest(operation.MessageId), operation.Context).ConfigureAwait(false);
    }

    internal void EndOperation(DimseOperation operation)
    {
        _loop.DisarmIdleTimeout();
        Interlocked.CompareExchange(ref _current, null, operation);
        _operationLock.Release();
    }

    private async Task<DicomResponse> SendSingleAsync(DicomRequest request, CancellationToken cancellationToken)
    {
        await using var operation = await StartAsync(request, null, cancellationToken).ConfigureAwait(false);
        await foreach (var response in operation.ReadResponsesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!response.Status.IsPending)
            {
                return response;
            }
        }

        throw new DicomNetworkException($"The {request.Type.GetDescription()} ended without a final response.");
    }

    private async Task<DimseOperation> StartAsync(DicomRequest request, TimeSpan? totalTimeout, CancellationToken cancellationToken)
    {
        ThrowIfUnusable();
        await _operationLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfUnusable();
            var context = ChooseContext(request);
            request.MessageID = _messageIds.Next();
            var operation = new DimseOperation(this, request, context, _options, totalTimeout);
            Volatile.Write(ref _current, operation);
            _loop.ArmIdleTimeout(_options.DimseIdleTimeout);
            var requestName = request.Type.GetDescription();
            ClientLog.SendingRequest(_logger, requestName, request.MessageID, context.ID);
            await SendMessageAsync(request, context).ConfigureAwait(false);
            return operation;
        }
        catch
        {
            _loop.DisarmIdleTimeout();
            Volatile.Write(ref _current, null);
            _operationLock.Release();
            throw;
        }
    }

    private DicomPresentationContext ChooseContext(DicomRequest request)
    {
        var sopClass = request.SOPClassUID ?? throw new ArgumentException("The request has no Affected SOP Class UID.", nameof(request));
        var accepted = Association.PresentationContexts.Where(c => c.IsAccepted && c.AbstractSyntax == sopClass).ToArray();
        if (accepted.Length == 0)
        {
            var proposed = Association.PresentationContexts.FirstOrDefault(c => c.AbstractSyntax == sopClass);
            throw new DicomNetworkException(proposed is null
                ? $"No presentation context for {sopClass.Name} was proposed on this association."
                : $"The peer did not accept {sopClass.Name}: {proposed.Result.GetDescription()}.");
        }

        if (request is not DicomCStoreRequest store)
        {
            return accepted[0];
        }

        var same = accepted.FirstOrDefault(c => c.AcceptedTransferSyntax == store.TransferSyntax);
        if (same is not null)
        {
            return same;
        }

        return !store.TransferSyntax.IsEncapsulated && !store.TransferSyntax.IsDeflate && store.TransferSyntax.Endian == Endian.Little
            ? accepted[0]
            : throw new DicomNetworkException($"The peer did not accept {store.TransferSyntax.UID.Name} for {sopClass.Name}, and the object cannot be converted.");
    }

    private async Task SendMessageAsync(DicomMessage message, DicomPresentationContext context)
    {
        message.Command.AddOrUpdate<ushort>(DicomTag.CommandDataSetType, message.HasDataset ? DicomMessage.CommandDataSetTypePresent : DicomMessage.CommandDataSetTypeNull);
        var command = DicomCommandCodec.Encode(message.Command);
        var dataset = message.Dataset is null ? null : DicomDatasetCodec.Encode(message.Dataset, context.AcceptedTransferSyntax!);
        message.PresentationContext = context;
        lock (_stateMachine)
        {
            if (!_stateMachine.CanSendData)
            {
                throw _failure is not null
                    ? new DicomNetworkException($"The association is no longer usable: {_failure.Message}", _failure)
                    : new DicomNetworkException("The association is no longer established.");
            }
        }

        await _connection.SendMessageAsync(context.ID, command, dataset, _fragmenter, _lifetime.Token).ConfigureAwait(false);
    }

    /// <summary>Releases while holding the operation lock, so nothing is outstanding.</summary>
    private async Task ReleaseIdleAsync(CancellationToken cancellationToken)
    {
        lock (_stateMachine)
        {
            if (_failure is not null || !_stateMachine.CanSendData)
            {
                throw new DicomNetworkException("The association is not established, so it cannot be released.", _failure!);
            }

            _stateMachine.ReleaseRequestSent();
        }

        try
        {
            await _connection.SendPduAsync(new AReleaseRQ(), _lifetime.Token).ConfigureAwait(false);
            await _released.Task.WaitAsync(_options.ReleaseTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var timedOut = new DicomRequestTimedOutException(DicomTimeoutKind.Release, _options.ReleaseTimeout, "no answer to the release request; the association was aborted");
            await AbortCoreAsync(timedOut).ConfigureAwait(false);
            throw timedOut;
        }
        catch (OperationCanceledException)
        {
            await AbortCoreAsync(new DicomAssociationAbortedException("The release was cancelled; the association was aborted.")).ConfigureAwait(false);
            throw;
        }

        await CloseAsync().ConfigureAwait(false);
    }

    private async Task AbortCoreAsync(Exception reason)
    {
        bool send;
        lock (_stateMachine)
        {
            send = _stateMachine.State is AssociationState.Established or AssociationState.AwaitingReleaseResponse;
            _stateMachine.AbortSent();
        }

        if (send)
        {
            using var timer = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try
            {
                await _connection.SendPduAsync(new AAbort(DicomAbortSource.ServiceUser, DicomAbortReason.NotSpecified), timer.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is DicomNetworkException or OperationCanceledException)
            {
                // The connection closes next in any case.
            }
        }

        Fail(reason);
        await CloseAsync().ConfigureAwait(false);
    }

    private void Fail(Exception error)
    {
        lock (_stateMachine)
        {
            _failure ??= error;
        }

        ClientLog.Failed(_logger, Association.CallingAE, Association.CalledAE, error.Message);

        Volatile.Read(ref _current)?.Fail(error);
        _released.TrySetException(error);
        _ = _released.Task.Exception;
    }

    private async Task CloseAsync()
    {
        if (!_lifetime.IsCancellationRequested)
        {
            await _lifetime.CancelAsync().ConfigureAwait(false);
        }

        _connection.Close();
        try
        {
            await _loop.Completion.ConfigureAwait(false);
        }
        catch (Exception e) when (e is DicomNetworkException or OperationCanceledException)
        {
            // Already reported through Fail.
        }
    }

    private void ThrowIfUnusable()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        lock (_stateMachine)
        {
            if (_failure is not null)
            {
                throw new DicomNetworkException($"The association is no longer usable: {_failure.Message}", _failure);
            }

            if (!_stateMachine.CanSendData)
            {
                throw new DicomNetworkException("The association is no longer established.");
            }
        }
    }
}
