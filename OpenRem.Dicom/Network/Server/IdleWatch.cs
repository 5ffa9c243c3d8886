namespace OpenRem.Dicom.Network.Server;

/// <summary>
/// The DIMSE idle timeout of one association, without a timer per PDU: the receive loop marks when each read starts
/// and ends (two timestamp writes), and one timer looks at that when it fires. When a read has waited for the whole
/// timeout and no request is being handled, <see cref="Token"/> is cancelled, which ends the read; while a request is
/// handled the peer rightly waits for the response, so the wait counts again from then.
/// </summary>
internal sealed class IdleWatch : IAsyncDisposable
{
    private readonly TimeSpan _timeout;
    private readonly Func<bool> _isHandlerRunning;
    private readonly TimeProvider _time = TimeProvider.System;
    private readonly CancellationTokenSource _cancellation;
    private readonly ITimer? _timer;
    private long _readStartedAt;
    private volatile bool _expired;

    public IdleWatch(TimeSpan timeout, Func<bool> isHandlerRunning, CancellationToken lifetime)
    {
        _timeout = timeout;
        _isHandlerRunning = isHandlerRunning;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(lifetime);
        if (timeout > TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            _timer = _time.CreateTimer(static state => ((IdleWatch)state!).Check(), this, timeout, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>For reads: cancelled when the association stops or the timeout expired.</summary>
    public CancellationToken Token => _cancellation.Token;

    public bool HasExpired => _expired;

    public void ReadStarted() => Volatile.Write(ref _readStartedAt, _time.GetTimestamp());

    public void ReadEnded() => Volatile.Write(ref _readStartedAt, 0);

    public async ValueTask DisposeAsync()
    {
        if (_timer is not null)
        {
            // Waits for a running check, so it never touches the disposed source below.
            await _timer.DisposeAsync().ConfigureAwait(false);
        }

        _cancellation.Dispose();
    }

    private void Check()
    {
        var started = Volatile.Read(ref _readStartedAt);
        var next = _timeout;
        if (started != 0)
        {
            if (_isHandlerRunning())
            {
                Interlocked.CompareExchange(ref _readStartedAt, _time.GetTimestamp(), started);
            }
            else
            {
                var waited = _time.GetElapsedTime(started);
                if (waited >= _timeout && Volatile.Read(ref _readStartedAt) == started)
                {
                    _expired = true;
                    _cancellation.Cancel();
                    return;
                }

                next = _timeout - waited;
            }
        }

        try
        {
            _timer!.Change(next > TimeSpan.Zero ? next : TimeSpan.FromMilliseconds(1), Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The association ended meanwhile.
        }
    }
}
