namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>Streams that behave like a network socket: short reads, or no data at all until cancelled.</summary>
internal static class TestStreams
{
    /// <summary>A read-only stream over the bytes that returns at most <paramref name="chunk"/> bytes per read.</summary>
    public static Stream Trickle(byte[] bytes, int chunk) => new TrickleStream(bytes, chunk);

    /// <summary>A stream whose reads wait until they are cancelled.</summary>
    public static Stream Silent() => new SilentStream();

    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }

    private sealed class SilentStream : MemoryStream
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }
    }
}
