using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Network.Transport;

namespace OpenRem.Dicom.Network.Server;

/// <summary>
/// Runs one association as acceptor (PS3.8 §9.2, acceptor side): waits for the A-ASSOCIATE-RQ (ARTIM), checks it,
/// answers the presentation contexts by the server's policy, lets the provider accept or reject, then reads PDUs
/// until release, abort, a protocol error, the idle timeout or the server's stop. Requests are dispatched to the
/// provider interfaces the derived class implements (<see cref="IDicomCEchoProvider"/>, <see cref="IDicomCStoreProvider"/>).
/// C-STORE data sets are streamed to the provider's file sink as they arrive; everything after the last fragment
/// (checks, provider, response) runs on its own task while this loop keeps reading, so an A-ABORT is seen at once.
/// </summary>
public abstract partial class DicomService : IDicomServiceProvider, IDisposable
{
    private const int AnswerNone = 0;
    private const int AnswerAccepted = 1;
    private const int AnswerRejected = 2;
    private static readonly TimeSpan AbortSendTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DrainAfterAbort = TimeSpan.FromSeconds(1);

    private readonly DicomServiceContext _context;
    private readonly AssociationConnection _connection;
    private readonly PresentationContextPolicy _policy;
    private readonly CancellationTokenSource _lifetime = new();
    private PDataFragmenter? _fragmenter;
    private int _answer;

    protected DicomService(DicomServiceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        Logger = context.CreateLogger("OpenRem.Dicom.Network.Server.Association");
        _connection = new AssociationConnection(context.Stream, new PduReaderOptions { MaxPduLength = context.Options.MaximumPduLengthAccepted });
        _policy = new PresentationContextPolicy(this is IDicomCStoreProvider, context.Options.AdditionalStorageSopClasses);
    }

    /// <summary>The association once its request arrived; null before.</summary>
    public DicomAssociation? Association { get; private set; }

    public DicomServerOptions Options => _context.Options;

    /// <summary>Objects stored on this association so far.</summary>
    public int ObjectsStored => Volatile.Read(ref _objectsStored);

    protected ILogger Logger { get; }

    private string Peer => $"{_context.RemoteHost}:{_context.RemotePort}";

    /// <summary>Accepts by default.</summary>
    public virtual Task OnReceiveAssociationRequestAsync(DicomAssociation association) => SendAssociationAcceptAsync(association);

    /// <summary>Answers the release by default.</summary>
    public virtual Task OnReceiveAssociationReleaseRequestAsync() => SendAssociationReleaseResponseAsync();

    public virtual void OnReceiveAbort(DicomAbortSource source, DicomAbortReason reason)
    {
    }

    public virtual void OnConnectionClosed(Exception? exception)
    {
    }

    /// <summary>Sends the A-ASSOCIATE-AC for the contexts as answered.</summary>
    public async Task SendAssociationAcceptAsync(DicomAssociation association)
    {
        ArgumentNullException.ThrowIfNull(association);
        PDataFragmenter fragmenter;
        try
        {
            fragmenter = new PDataFragmenter(association.RemoteMaximumPduLength);
        }
        catch (DicomNetworkException e)
        {
            ServerLog.Rejected(Logger, association.CallingAE, Peer, association.CalledAE, e.Message);
            await SendAssociationRejectAsync(DicomRejectResult.Permanent, DicomRejectSource.ServiceUser, DicomRejectReason.NoReasonGiven).ConfigureAwait(false);
            return;
        }

        if (Interlocked.CompareExchange(ref _answer, AnswerAccepted, AnswerNone) != AnswerNone)
        {
            throw new InvalidOperationException("The association request was already answered.");
        }

        _fragmenter = fragmenter;
        await _connection.SendPduAsync(AcceptedAssociationBuilder.CreateAccept(association), _lifetime.Token).ConfigureAwait(false);
        ServerLog.Accepted(Logger, association);
    }

    /// <summary>Sends an A-ASSOCIATE-RJ; the connection closes once the requestor closed it or the ARTIM timer ran out.</summary>
    public async Task SendAssociationRejectAsync(DicomRejectResult result, DicomRejectSource source, DicomRejectReason reason)
    {
        var reject = new AAssociateRJ(result, source, reason);
        if (Interlocked.CompareExchange(ref _answer, AnswerRejected, AnswerNone) != AnswerNone)
        {
            throw new InvalidOperationException("The association request was already answered.");
        }

        await _connection.SendPduAsync(reject, _lifetime.Token).ConfigureAwait(false);
    }

    public Task SendAssociationReleaseResponseAsync() => _connection.SendPduAsync(new AReleaseRP(), _lifetime.Token);

    /// <summary>Runs the association to its end; never throws for what the peer does.</summary>
    internal async Task RunAsync()
    {
        Exception? closedBy = null;
        try
        {
            var request = await ReceiveAssociationRequestAsync().ConfigureAwait(false);
            if (request is not null && await NegotiateAsync(request).ConfigureAwait(false))
            {
                closedBy = await ReceiveUntilEndAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            closedBy = new DicomAssociationAbortedException("The association was aborted because the server is stopping.");
        }
        catch (DicomNetworkException e)
        {
            closedBy = e;
        }
        finally
        {
            await _lifetime.CancelAsync().ConfigureAwait(false);
            await EndMessagesAsync(closedBy).ConfigureAwait(false);
            _connection.Dispose();
        }

        if (closedBy is not null)
        {
            ServerLog.Ended(Logger, Peer, closedBy.Message);
            _context.Events.ErrorOccurred($"{Association?.CallingAE ?? Peer}: {closedBy.Message}");
        }

        OnConnectionClosed(closedBy);
    }

    /// <summary>Sends A-ABORT (service user) and ends the association: the server's stop after its grace period.</summary>
    internal async Task AbortAsync()
    {
        try
        {
            if (_lifetime.IsCancellationRequested)
            {
                return;
            }

            await SendAbortAsync(DicomAbortSource.ServiceUser, DicomAbortReason.NotSpecified).ConfigureAwait(false);
            await _lifetime.CancelAsync().ConfigureAwait(false);
            _connection.Close();
        }
        catch (ObjectDisposedException)
        {
            // The association ended meanwhile.
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection.Dispose();
            _lifetime.Dispose();
        }
    }

    private async Task<AAssociateRQ?> ReceiveAssociationRequestAsync()
    {
        RawPdu? pdu;
        using (var artim = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token))
        {
            artim.CancelAfter(Options.ArtimTimeout);
            try
            {
                pdu = await _connection.ReadPduAsync(artim.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!_lifetime.IsCancellationRequested)
            {
                throw new DicomRequestTimedOutException(DicomTimeoutKind.AssociationRequest, Options.ArtimTimeout, $"no association request from {Peer}");
            }
            catch (DicomPduException e)
            {
                await SendAbortAsync(DicomAbortSource.ServiceProvider, e.AbortReason).ConfigureAwait(false);
                throw;
            }
        }

        using (pdu)
        {
            if (pdu is null)
            {
                ServerLog.ClosedBeforeRequest(Logger, Peer);
                return null;
            }

            switch (pdu.Type)
            {
                case RawPduType.AAssociateRQ:
                    try
                    {
                        return AAssociateRQ.Decode(pdu.Body.Span);
                    }
                    catch (DicomPduException e)
                    {
                        await SendAbortAsync(DicomAbortSource.ServiceProvider, e.AbortReason).ConfigureAwait(false);
                        throw new DicomPduException($"The association request is not valid: {e.Message}", e);
                    }

                case RawPduType.AAbort:
                    ServerLog.ClosedBeforeRequest(Logger, Peer);
                    return null;
                default:
                    await SendAbortAsync(DicomAbortSource.ServiceProvider, DicomAbortReason.UnexpectedPDU).ConfigureAwait(false);
                    throw new DicomPduException($"The connection began with an {PduDecoder.Name(pdu.Type)} instead of an association request.", DicomAbortReason.UnexpectedPDU);
            }
        }
    }

    /// <summary>Checks and answers the request; true when the association is established.</summary>
    private async Task<bool> NegotiateAsync(AAssociateRQ request)
    {
        var rejection = AssociationRequestRules.Check(request, Options, _context.IsOverLimit);
        if (rejection is not null)
        {
            ServerLog.Rejected(Logger, request.CallingAE, Peer, request.CalledAE, rejection.Explanation);
            await SendAssociationRejectAsync(rejection.Result, rejection.Source, rejection.Reason).ConfigureAwait(false);
            await DrainUntilClosedAsync(Options.ArtimTimeout).ConfigureAwait(false);
            return false;
        }

        var association = AcceptedAssociationBuilder.Build(request, _policy, _context);
        Association = association;
        await OnReceiveAssociationRequestAsync(association).ConfigureAwait(false);
        if (Volatile.Read(ref _answer) == AnswerNone)
        {
            ServerLog.Rejected(Logger, request.CallingAE, Peer, request.CalledAE, "the provider gave no answer");
            await SendAssociationRejectAsync(DicomRejectResult.Permanent, DicomRejectSource.ServiceUser, DicomRejectReason.NoReasonGiven).ConfigureAwait(false);
        }

        if (Volatile.Read(ref _answer) == AnswerAccepted)
        {
            return true;
        }

        await DrainUntilClosedAsync(Options.ArtimTimeout).ConfigureAwait(false);
        return false;
    }

    /// <summary>Reads until the association ends; returns why when it was not a release.</summary>
    private async Task<Exception?> ReceiveUntilEndAsync()
    {
        await using var idle = new IdleWatch(Options.DimseIdleTimeout, () => IsHandlerRunning, _lifetime.Token);
        try
        {
            while (true)
            {
                using var pdu = await ReadEstablishedAsync(idle).ConfigureAwait(false);
                if (pdu is null)
                {
                    return new ConnectionClosedPrematurelyException(IsMessageInProgress
                        ? "The peer closed the connection in the middle of a message."
                        : "The peer closed the connection without releasing the association.");
                }

                switch (pdu.Type)
                {
                    case RawPduType.PDataTF:
                        // Checked whole first, then taken PDV by PDV straight from the PDU's buffer (nothing decoded is kept).
                        PDataTF.Check(pdu.Body);
                        var pdvs = new PdvReader(pdu.Body);
                        while (pdvs.TryRead(out var pdv))
                        {
                            await ReceivePdvAsync(pdv).ConfigureAwait(false);
                        }

                        break;
                    case RawPduType.AReleaseRQ:
                        if (IsMessageInProgress)
                        {
                            throw new DicomPduException("The peer asked to release in the middle of a message.", DicomAbortReason.UnexpectedPDU);
                        }

                        await WaitForHandlerAsync().ConfigureAwait(false);
                        await OnReceiveAssociationReleaseRequestAsync().ConfigureAwait(false);
                        ServerLog.Released(Logger, Association!.CallingAE, Association.CalledAE, ObjectsStored);
                        await DrainUntilClosedAsync(Options.ArtimTimeout).ConfigureAwait(false);
                        return null;
                    case RawPduType.AAbort:
                        var abort = AAbort.Decode(pdu.Body.Span);
                        await _lifetime.CancelAsync().ConfigureAwait(false);
                        OnReceiveAbort(abort.Source, abort.Reason);
                        return new DicomAssociationAbortedException(abort.Source, abort.Reason);
                    default:
                        throw new DicomPduException($"The peer sent an unexpected {PduDecoder.Name(pdu.Type)}.", DicomAbortReason.UnexpectedPDU);
                }
            }
        }
        catch (ConnectionClosedPrematurelyException e)
        {
            return e;
        }
        catch (DicomRequestTimedOutException e)
        {
            await SendAbortAsync(DicomAbortSource.ServiceUser, DicomAbortReason.NotSpecified).ConfigureAwait(false);
            return e;
        }
        catch (DicomPduException e)
        {
            await SendAbortAsync(DicomAbortSource.ServiceProvider, e.AbortReason).ConfigureAwait(false);
            await DrainUntilClosedAsync(DrainAfterAbort).ConfigureAwait(false);
            return e;
        }
        catch (DicomNetworkException e) when (e is not DicomAssociationAbortedException)
        {
            await SendAbortAsync(DicomAbortSource.ServiceProvider, DicomAbortReason.InvalidPDUParameter).ConfigureAwait(false);
            await DrainUntilClosedAsync(DrainAfterAbort).ConfigureAwait(false);
            return e;
        }
    }

    /// <summary>
    /// Reads the next PDU. When the peer sends nothing for the idle timeout the association ends, unless this side is
    /// still handling a request (the peer then rightly waits for the response).
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<RawPdu?> ReadEstablishedAsync(IdleWatch idle)
    {
        idle.ReadStarted();
        try
        {
            return await _connection.ReadPduAsync(idle.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (idle.HasExpired && !_lifetime.IsCancellationRequested)
        {
            throw new DicomRequestTimedOutException(DicomTimeoutKind.DimseIdle, Options.DimseIdleTimeout, $"no PDU from {Association?.CallingAE} at {Peer}");
        }
        finally
        {
            idle.ReadEnded();
        }
    }

    private async Task SendAbortAsync(DicomAbortSource source, DicomAbortReason reason)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        timer.CancelAfter(AbortSendTimeout);
        try
        {
            await _connection.SendPduAsync(new AAbort(source, reason), timer.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DicomNetworkException or OperationCanceledException)
        {
            // The connection is closed next in any case.
        }
    }

    /// <summary>Waits, discarding anything received, until the peer closes the connection or <paramref name="timeout"/> passes.</summary>
    private async Task DrainUntilClosedAsync(TimeSpan timeout)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        timer.CancelAfter(timeout);
        var buffer = new byte[512];
        try
        {
            while (await _context.Stream.ReadAsync(buffer, timer.Token).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // Closed, reset or timed out: the connection is closed next in any case.
        }
    }
}
