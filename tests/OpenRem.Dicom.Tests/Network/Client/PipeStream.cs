using System.IO.Pipelines;

namespace OpenRem.Dicom.Tests.Network.Client;

/// <summary>
/// One end of an in-memory connection that behaves like a socket: reads wait for the other end's writes, return 0
/// once the other end closed, and fail once this end is disposed; writes after the other end closed fail.
/// </summary>
internal sealed class PipeStream(PipeReader input, PipeWriter output) : Stream
{
    private int _disposed;

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    /// <summary>False once this end was disposed.</summary>
    public bool CanWriteSafely() => Volatile.Read(ref _disposed) == 0;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Two connected ends.</summary>
    public static (PipeStream Client, PipeStream Peer) CreatePair()
    {
        var toPeer = new Pipe();
        var toClient = new Pipe();
        return (new PipeStream(toClient.Reader, toPeer.Writer), new PipeStream(toPeer.Reader, toClient.Writer));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var result = await input.ReadAsync(cancellationToken);
        if (result.IsCanceled || _disposed != 0)
        {
            throw new IOException("The connection was closed locally.");
        }

        var available = result.Buffer;
        if (available.IsEmpty && result.IsCompleted)
        {
            input.AdvanceTo(available.Start);
            return 0;
        }

        var count = (int)Math.Min(buffer.Length, available.Length);
        var slice = available.Slice(0, count);
        var offset = 0;
        foreach (var segment in slice)
        {
            segment.Span.CopyTo(buffer.Span[offset..]);
            offset += segment.Length;
        }

        input.AdvanceTo(slice.End);
        return count;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var result = await output.WriteAsync(buffer, cancellationToken);
        if (result.IsCompleted)
        {
            throw new IOException("The other end closed the connection.");
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            output.Complete();
            input.CancelPendingRead();
        }

        base.Dispose(disposing);
    }
}
