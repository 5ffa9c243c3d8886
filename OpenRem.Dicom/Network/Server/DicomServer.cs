using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OpenRem.Dicom.Network.Server.Storage;

namespace OpenRem.Dicom.Network.Server;

/// <summary>
/// A DICOM server: listens on one address and port, runs one <see cref="DicomService"/> per connection (Nagle off),
/// counts open associations against <see cref="DicomServerOptions.MaxClientsAllowed"/>, publishes stored objects
/// on <see cref="ReceivedObjects"/>, and stops gracefully: no new connections, a grace period for open
/// associations, then A-ABORT for the rest. Created listening by <see cref="DicomServerFactory"/>.
/// </summary>
public sealed class DicomServer : IAsyncDisposable, IDicomServerEvents
{
    private readonly TcpListener _listener;
    private readonly Func<DicomServiceContext, DicomService> _createService;
    private readonly ILogger _logger;
    private readonly Channel<StoredObject> _received;
    private readonly ConcurrentDictionary<DicomService, Task> _services = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _acceptLoop;
    private readonly string _endpoint;
    private int _slotsInUse;
    private long _objectsReceived;
    private long _notificationsDropped;
    private string? _lastError;
    private Task? _stopTask;

    internal DicomServer(IPAddress address, int port, DicomServerOptions options, Func<DicomServiceContext, DicomService> createService)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(createService);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxClientsAllowed);
        Options = options;
        _createService = createService;
        _logger = options.LoggerFactory.CreateLogger("OpenRem.Dicom.Network.Server");
        _received = Channel.CreateBounded<StoredObject>(new BoundedChannelOptions(Math.Max(1, options.NotificationCapacity))
        {
            // TryWrite fails when full, so a notification that nobody waits for is counted as dropped.
            FullMode = BoundedChannelFullMode.Wait,
            SingleWriter = false,
        });
        _listener = new TcpListener(address, port);
        try
        {
            _listener.Start();
        }
        catch (SocketException e)
        {
            _listener.Dispose();
            throw new DicomNetworkException(e.SocketErrorCode == SocketError.AddressAlreadyInUse
                ? $"Cannot listen on {address}:{port}: the port is already in use."
                : $"Cannot listen on {address}:{port}: {e.Message}", e);
        }

        var bound = (IPEndPoint)_listener.LocalEndpoint;
        Address = bound.Address;
        Port = bound.Port;
        _endpoint = $"{Address}:{Port}";
        ServerLog.Listening(_logger, _endpoint);
        _acceptLoop = Task.Run(AcceptLoopAsync, CancellationToken.None);
    }

    public IPAddress Address { get; }

    /// <summary>The port listened on (the one the system chose when 0 was asked for).</summary>
    public int Port { get; }

    public DicomServerOptions Options { get; }

    /// <summary>
    /// Every stored object, after its C-STORE-RSP went out. When nobody reads and <see cref="DicomServerOptions.NotificationCapacity"/>
    /// notifications wait, further ones are dropped (the files are on disk all the same), or the storing association
    /// waits when <see cref="DicomServerOptions.WaitForNotificationReader"/> is set. Completed when the server stopped.
    /// </summary>
    public ChannelReader<StoredObject> ReceivedObjects => _received.Reader;

    /// <summary>Notifications dropped because nobody read <see cref="ReceivedObjects"/>.</summary>
    public long NotificationsDropped => Interlocked.Read(ref _notificationsDropped);

    public DicomServerStatus Status => new(
        _stopTask is null,
        _services.Count(s => s.Key.Association is not null && !s.Value.IsCompleted),
        Interlocked.Read(ref _objectsReceived),
        Volatile.Read(ref _lastError));

    /// <summary>
    /// Stops accepting connections, waits up to <paramref name="gracePeriod"/> for open associations to end, then
    /// aborts those left (A-ABORT) and waits for them to close. Safe to call more than once.
    /// </summary>
    public Task StopAsync(TimeSpan gracePeriod, CancellationToken cancellationToken = default)
    {
        lock (_services)
        {
            _stopTask ??= StopCoreAsync(gracePeriod, cancellationToken);
            return _stopTask;
        }
    }

    /// <summary>Stops without a grace period: open associations are aborted.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.Zero).ConfigureAwait(false);
        _stopping.Dispose();
    }

    ValueTask IDicomServerEvents.ObjectStoredAsync(StoredObject stored, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _objectsReceived);
        if (_received.Writer.TryWrite(stored))
        {
            return ValueTask.CompletedTask;
        }

        if (Options.WaitForNotificationReader)
        {
            return WaitToNotifyAsync(stored, cancellationToken);
        }

        Interlocked.Increment(ref _notificationsDropped);
        return ValueTask.CompletedTask;
    }

    private async ValueTask WaitToNotifyAsync(StoredObject stored, CancellationToken cancellationToken)
    {
        try
        {
            await _received.Writer.WriteAsync(stored, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            // The server stopped: the file is on disk all the same.
            Interlocked.Increment(ref _notificationsDropped);
        }
    }

    void IDicomServerEvents.ErrorOccurred(string description) => Volatile.Write(ref _lastError, description);

    private async Task StopCoreAsync(TimeSpan gracePeriod, CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _acceptLoop.ConfigureAwait(false);
        var open = _services.Values.ToArray();
        try
        {
            await Task.WhenAll(open).WaitAsync(gracePeriod, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var left = _services.Keys.ToArray();
            ServerLog.AbortingAtStop(_logger, left.Length);
            await Task.WhenAll(left.Select(service => service.AbortAsync())).ConfigureAwait(false);
            await Task.WhenAll(_services.Values.ToArray()).ConfigureAwait(false);
        }

        _received.Writer.TryComplete();
        ServerLog.Stopped(_logger, _endpoint);
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException e)
            {
                ServerLog.AcceptFailed(_logger, e.Message);
                Volatile.Write(ref _lastError, $"accepting a connection failed: {e.Message}");
                await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            Start(socket);
        }
    }

    private void Start(Socket socket)
    {
        DicomService service;
        var holdsSlot = Interlocked.Increment(ref _slotsInUse) <= Options.MaxClientsAllowed;
        if (!holdsSlot)
        {
            Interlocked.Decrement(ref _slotsInUse);
        }

        try
        {
            socket.NoDelay = true;
            var remote = socket.RemoteEndPoint as IPEndPoint;
            var context = new DicomServiceContext(
                new NetworkStream(socket, ownsSocket: true), remote?.Address.ToString() ?? "unknown", remote?.Port ?? 0, Options, !holdsSlot, this);
            service = _createService(context);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or IOException or ArgumentException or InvalidOperationException)
        {
            // Never leave a half-open connection behind (fo-dicom#1991): close it and go on accepting.
            socket.Dispose();
            ReleaseSlot(holdsSlot);
            ServerLog.AcceptFailed(_logger, e.Message);
            Volatile.Write(ref _lastError, $"starting an association failed: {e.Message}");
            return;
        }

        var run = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _services[service] = run.Task;
        _ = Task.Run(async () =>
        {
            try
            {
                await service.RunAsync().ConfigureAwait(false);
            }
            finally
            {
                ReleaseSlot(holdsSlot);
                _services.TryRemove(service, out _);
                service.Dispose();
                run.TrySetResult();
            }
        }, CancellationToken.None);
    }

    private void ReleaseSlot(bool holdsSlot)
    {
        if (holdsSlot)
        {
            Interlocked.Decrement(ref _slotsInUse);
        }
    }
}
