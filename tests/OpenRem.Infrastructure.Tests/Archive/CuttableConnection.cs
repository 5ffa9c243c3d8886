using System.Net.Sockets;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>
/// A real TCP connection to a peer that the test can cut at a chosen moment: once <see cref="CutOnNextWrite"/> was
/// called, the next write closes the socket as a failing network would, silently losing that write and every later
/// one, so the request never reaches the peer and the reader sees the connection end.
/// </summary>
internal sealed class CuttableConnection : Stream
{
    private readonly Socket _socket;
    private readonly NetworkStream _inner;
    private volatile bool _cutOnNextWrite;
    private volatile bool _cut;

    private CuttableConnection(Socket socket)
    {
        _socket = socket;
        _inner = new NetworkStream(socket, ownsSocket: true);
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public static async Task<CuttableConnection> OpenAsync(string host, int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, port, cancellationToken);
            return new CuttableConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Cuts the connection when the next bytes are written.</summary>
    public void CutOnNextWrite() => _cutOnNextWrite = true;

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _inner.ReadAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _inner.ReadAsync(buffer, offset, count, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (!ShouldDrop())
        {
            _inner.Write(buffer, offset, count);
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        ShouldDrop() ? ValueTask.CompletedTask : _inner.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ShouldDrop() ? Task.CompletedTask : _inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override void Flush()
    {
        if (!_cut)
        {
            _inner.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => _cut ? Task.CompletedTask : _inner.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool ShouldDrop()
    {
        if (_cutOnNextWrite && !_cut)
        {
            _cut = true;
            _socket.Shutdown(SocketShutdown.Both);
            _inner.Dispose();
        }

        return _cut;
    }
}
