using System.Runtime.CompilerServices;
using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Network.Transport;

namespace OpenRem.Dicom.Network.Client;

/// <summary>
/// The one reader of an established association: reads PDUs, checks them against the state machine, reassembles
/// DIMSE messages and hands them on, answers release requests, and ends the association on an A-ABORT, a
/// protocol error (sending A-ABORT), a closed connection or the DIMSE idle timeout, which runs only while armed
/// (a response is awaited) and only while the loop waits for the network, not while a consumer is slow.
/// </summary>
internal sealed class ClientReceiveLoop
{
    private readonly AssociationConnection _connection;
    private readonly RequestorStateMachine _stateMachine;
    private readonly DicomAssociation _association;
    private readonly IClientMessageSink _sink;
    private readonly DimseMessageAssembler _assembler;
    private readonly Lock _idleLock = new();
    private CancellationTokenSource? _read;
    private bool _reading;
    private TimeSpan? _idleTimeout;
    private CancellationToken _lifetime;

    public ClientReceiveLoop(AssociationConnection connection, RequestorStateMachine stateMachine, DicomAssociation association, IClientMessageSink sink, int maximumIdentifierLength)
    {
        _connection = connection;
        _stateMachine = stateMachine;
        _association = association;
        _sink = sink;
        _assembler = new DimseMessageAssembler(maximumIdentifierLength);
    }

    public Task Completion { get; private set; } = Task.CompletedTask;

    public void Start(CancellationToken lifetime)
    {
        _lifetime = lifetime;

        // One source for every read: re-arming its timer per read allocates nothing, unlike a new source per PDU.
        _read = CancellationTokenSource.CreateLinkedTokenSource(lifetime);
        Completion = Task.Run(RunAsync, CancellationToken.None);
    }

    /// <summary>From now on, a wait of more than <paramref name="timeout"/> for the next PDU ends the association.</summary>
    public void ArmIdleTimeout(TimeSpan timeout)
    {
        lock (_idleLock)
        {
            _idleTimeout = timeout;
            if (_reading)
            {
                _read?.CancelAfter(timeout);
            }
        }
    }

    public void DisarmIdleTimeout()
    {
        lock (_idleLock)
        {
            _idleTimeout = null;
            if (_reading)
            {
                _read?.CancelAfter(Timeout.InfiniteTimeSpan);
            }
        }
    }

    private async Task RunAsync()
    {
        try
        {
            while (await ReceiveOneAsync().ConfigureAwait(false))
            {
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // This side closed the association.
        }
        catch (DicomRequestTimedOutException e)
        {
            await SendAbortQuietlyAsync(DicomAbortSource.ServiceUser, DicomAbortReason.NotSpecified).ConfigureAwait(false);
            _sink.Fail(e);
        }
        catch (ConnectionClosedPrematurelyException e)
        {
            _sink.Fail(_lifetime.IsCancellationRequested ? new DicomAssociationAbortedException("The association was closed by this side.", e) : e);
        }
        catch (DicomNetworkException e)
        {
            var reason = e is DicomPduException pduError ? pduError.AbortReason : DicomAbortReason.InvalidPDUParameter;
            await SendAbortQuietlyAsync(DicomAbortSource.ServiceProvider, reason).ConfigureAwait(false);
            _sink.Fail(new DicomNetworkException($"{e.Message} The association was aborted.", e));
        }
        finally
        {
            _connection.Close();
            lock (_stateMachine)
            {
                _stateMachine.TransportClosed();
            }

            lock (_idleLock)
            {
                _read?.Dispose();
                _read = null;
            }
        }
    }

    /// <summary>Handles one PDU; false when the association is over.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<bool> ReceiveOneAsync()
    {
        using var pdu = await ReadAsync().ConfigureAwait(false);
        if (pdu is null)
        {
            return OnClosedByPeer();
        }

        PduDisposition disposition;
        lock (_stateMachine)
        {
            disposition = _stateMachine.Received(pdu.Type);
        }

        if (disposition == PduDisposition.Ignore)
        {
            return true;
        }

        if (disposition == PduDisposition.AbortUnexpected)
        {
            await SendAbortPduAsync(DicomAbortSource.ServiceProvider, DicomAbortReason.UnexpectedPDU).ConfigureAwait(false);
            _sink.Fail(new DicomNetworkException($"The peer sent an unexpected {PduDecoder.Name(pdu.Type)}. The association was aborted."));
            return false;
        }

        if (pdu.Type == RawPduType.PDataTF)
        {
            // Checked whole first, then taken PDV by PDV straight from the PDU's buffer (nothing decoded is kept).
            PDataTF.Check(pdu.Body);
            var pdvs = new PdvReader(pdu.Body);
            while (pdvs.TryRead(out var pdv))
            {
                await HandleAsync(pdv).ConfigureAwait(false);
            }

            return true;
        }

        switch (pdu.Decode())
        {
            case AReleaseRP:
                _sink.Released(byPeer: false);
                return false;
            case AReleaseRQ:
                await _connection.SendPduAsync(new AReleaseRP(), _lifetime).ConfigureAwait(false);
                lock (_stateMachine)
                {
                    if (_stateMachine.State == AssociationState.AwaitingReleaseResponse)
                    {
                        return true;
                    }
                }

                _sink.Released(byPeer: true);
                return false;
            case AAbort abort:
                _sink.Fail(new DicomAssociationAbortedException(abort.Source, abort.Reason));
                return false;
            default:
                throw new DicomPduException($"The peer sent an unexpected {PduDecoder.Name(pdu.Type)}.", DicomAbortReason.UnexpectedPDU);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask HandleAsync(PDV pdv)
    {
        var context = _association.FindAcceptedContext(pdv.PCID)
            ?? throw new DicomPduException($"A PDV arrived on presentation context {pdv.PCID}, which is not an accepted context of this association.", DicomAbortReason.UnexpectedPDUParameter);
        var received = _assembler.Add(pdv);
        if (received is null)
        {
            return;
        }

        var message = DicomMessageFactory.Create(received.Command);
        message.PresentationContext = context;
        if (received.DatasetBytes is { } bytes)
        {
            message.Dataset = DicomDatasetCodec.Decode(bytes, context.AcceptedTransferSyntax!);
        }

        await _sink.DeliverAsync(message, _lifetime).ConfigureAwait(false);
    }

    private bool OnClosedByPeer()
    {
        AssociationState state;
        lock (_stateMachine)
        {
            state = _stateMachine.State;
        }

        if (state == AssociationState.AwaitingReleaseResponse && !_assembler.IsInProgress)
        {
            // Some peers close instead of answering the release request; nothing was outstanding, so it is a release.
            _sink.Released(byPeer: false);
        }
        else if (state != AssociationState.AwaitingTransportClose)
        {
            _sink.Fail(new ConnectionClosedPrematurelyException("The peer closed the connection without releasing the association."));
        }

        return false;
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<RawPdu?> ReadAsync()
    {
        CancellationToken token;
        TimeSpan? armed;
        lock (_idleLock)
        {
            token = _read!.Token;
            _reading = true;
            armed = _idleTimeout;
            if (armed is { } timeout)
            {
                _read.CancelAfter(timeout);
            }
        }

        try
        {
            return await _connection.ReadPduAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!_lifetime.IsCancellationRequested)
        {
            TimeSpan timeout;
            lock (_idleLock)
            {
                timeout = _idleTimeout ?? armed ?? TimeSpan.Zero;
            }

            throw new DicomRequestTimedOutException(DicomTimeoutKind.DimseIdle, timeout, $"no PDU from {_association.CalledAE} while a response was awaited");
        }
        finally
        {
            lock (_idleLock)
            {
                _reading = false;
                if (armed is not null || _idleTimeout is not null)
                {
                    _read?.CancelAfter(Timeout.InfiniteTimeSpan);
                }
            }
        }
    }

    private async Task SendAbortQuietlyAsync(DicomAbortSource source, DicomAbortReason reason)
    {
        lock (_stateMachine)
        {
            if (_stateMachine.State is AssociationState.Idle or AssociationState.AwaitingTransportClose)
            {
                return;
            }

            _stateMachine.AbortSent();
        }

        await SendAbortPduAsync(source, reason).ConfigureAwait(false);
    }

    private async Task SendAbortPduAsync(DicomAbortSource source, DicomAbortReason reason)
    {
        using var timer = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await _connection.SendPduAsync(new AAbort(source, reason), timer.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DicomNetworkException or OperationCanceledException)
        {
            // The connection closes next in any case.
        }
    }
}
