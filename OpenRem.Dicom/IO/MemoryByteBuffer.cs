namespace OpenRem.Dicom.IO;

/// <summary>Bytes held in memory.</summary>
public sealed class MemoryByteBuffer(ReadOnlyMemory<byte> data) : IByteBuffer
{
    public static readonly MemoryByteBuffer Empty = new(ReadOnlyMemory<byte>.Empty);

    public bool IsMemory => true;

    public long Size => data.Length;

    public ReadOnlyMemory<byte> Data => data;

    public Task CopyToAsync(Stream destination, CancellationToken cancellationToken = default) =>
        destination.WriteAsync(data, cancellationToken).AsTask();

    public void CopyTo(Stream destination) => destination.Write(data.Span);
}
