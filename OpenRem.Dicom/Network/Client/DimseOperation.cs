using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace OpenRem.Dicom.Network.Client;

/// <summary>
/// One outstanding request on an association and its responses, passed from the receive loop through a bounded
/// channel (a slow consumer stops the loop, and TCP flow control the peer). A C-FIND or C-MOVE that is cancelled,
/// runs past its total limit or is left early sends C-CANCEL and drains to the final response, bounded by the
/// cancel response timeout; other requests abort the association instead.
/// </summary>
internal sealed class DimseOperation : IAsyncDisposable
{
    private readonly DicomClientAssociation _association;
    private readonly DicomClientOptions _options;
    private readonly Channel<DicomResponse> _responses;
    private readonly TimeSpan? _totalTimeout;
    private readonly CancellationTokenSource? _totalTimer;
    private Exception? _failure;
    private bool _finalReceived;
    private int _ended;

    public DimseOperation(DicomClientAssociation association, DicomRequest request, DicomPresentationContext context, DicomClientOptions options, TimeSpan? totalTimeout)
    {
        _association = association;
        _options = options;
        Request = request;
        Context = context;
        _totalTimeout = totalTimeout;
        _totalTimer = totalTimeout is { } limit ? new CancellationTokenSource(limit) : null;
        _responses = Channel.CreateBounded<DicomResponse>(new BoundedChannelOptions(Math.Max(1, options.ResponseBufferCapacity))
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public DicomRequest Request { get; }

    public DicomPresentationContext Context { get; }

    public ushort MessageId => Request.MessageID;

    private bool IsCancelable => Request is DicomCFindRequest or DicomCMoveRequest;

    /// <summary>Called by the receive loop; waits while the channel is full.</summary>
    public async ValueTask DeliverAsync(DicomResponse response, CancellationToken cancellationToken)
    {
        await _responses.Writer.WriteAsync(response, cancellationToken).ConfigureAwait(false);
        if (!response.Status.IsPending)
        {
            _responses.Writer.TryComplete();
        }
    }

    /// <summary>The association ended: the reader gets <paramref name="error"/> after the responses already queued.</summary>
    public void Fail(Exception error)
    {
        _failure ??= error;
        _responses.Writer.TryComplete(error);
    }

    /// <summary>The responses up to and including the final one.</summary>
    public async IAsyncEnumerable<DicomResponse> ReadResponsesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = _totalTimer is null
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _totalTimer.Token);
        while (!_finalReceived)
        {
            DicomResponse response;
            try
            {
                response = await ReadAsync(stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested && _failure is null)
            {
                await StopAsync().ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                throw new DicomRequestTimedOutException(
                    DicomTimeoutKind.MoveTotal, _totalTimeout ?? TimeSpan.Zero, $"the {Request.Type.GetDescription()} (message ID {MessageId}) did not finish");
            }

            yield return response;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_finalReceived && _failure is null)
            {
                await StopAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _totalTimer?.Dispose();
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                _association.EndOperation(this);
            }
        }
    }

    private async Task StopAsync()
    {
        if (!IsCancelable)
        {
            await _association.AbortAsync(CancellationToken.None).ConfigureAwait(false);
            return;
        }

        try
        {
            await _association.SendCancelAsync(this).ConfigureAwait(false);
        }
        catch (DicomNetworkException e)
        {
            Fail(e);
            throw;
        }

        using var timer = new CancellationTokenSource(_options.CancelResponseTimeout);
        try
        {
            while (!_finalReceived)
            {
                await ReadAsync(timer.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested)
        {
            var timedOut = new DicomRequestTimedOutException(
                DicomTimeoutKind.CancelResponse, _options.CancelResponseTimeout, $"no final response to the C-CANCEL of message ID {MessageId}; the association was aborted");
            Fail(timedOut);
            await _association.AbortAsync(CancellationToken.None).ConfigureAwait(false);
            throw timedOut;
        }
    }

    private async ValueTask<DicomResponse> ReadAsync(CancellationToken cancellationToken)
    {
        DicomResponse response;
        try
        {
            response = await _responses.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException e)
        {
            var failure = _failure ?? new DicomNetworkException("The association ended before the final response.", e);
            ExceptionDispatchInfo.Capture(failure).Throw();
            throw;
        }

        if (!response.Status.IsPending)
        {
            _finalReceived = true;
        }

        return response;
    }
}
