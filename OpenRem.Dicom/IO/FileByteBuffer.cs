namespace OpenRem.Dicom.IO;

/// <summary>
/// Bytes left in a file at a known offset, read only when asked for. For big endian sources
/// <paramref name="swapUnit"/> gives the size of the words to swap into little endian on the way out.
/// </summary>
public sealed class FileByteBuffer(string path, long offset, long size, int swapUnit = 1) : IByteBuffer
{
    private const int ChunkSize = 1 << 20;

    public string Path { get; } = path;

    public long Offset { get; } = offset;

    public bool IsMemory => false;

    public long Size { get; } = size;

    public ReadOnlyMemory<byte> Data
    {
        get
        {
            if (Size > Array.MaxLength)
            {
                throw new DicomDataException($"A value of {Size} bytes in {Path} is too large to load into memory.", Offset);
            }

            var bytes = new byte[Size];
            using var stream = OpenAt();
            stream.ReadExactly(bytes);
            ByteSwap.ToLittleEndian(bytes, swapUnit);
            return bytes;
        }
    }

    public async Task CopyToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        await using var stream = OpenAt();
        var buffer = new byte[(int)Math.Min(ChunkSize, Math.Max(Size, 1))];
        var remaining = Size;
        while (remaining > 0)
        {
            var count = (int)Math.Min(buffer.Length, remaining);
            await stream.ReadExactlyAsync(buffer.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
            ByteSwap.ToLittleEndian(buffer.AsSpan(0, count), swapUnit);
            await destination.WriteAsync(buffer.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
            remaining -= count;
        }
    }

    public void CopyTo(Stream destination)
    {
        using var stream = OpenAt();
        var buffer = new byte[(int)Math.Min(ChunkSize, Math.Max(Size, 1))];
        var remaining = Size;
        while (remaining > 0)
        {
            var count = (int)Math.Min(buffer.Length, remaining);
            stream.ReadExactly(buffer.AsSpan(0, count));
            ByteSwap.ToLittleEndian(buffer.AsSpan(0, count), swapUnit);
            destination.Write(buffer.AsSpan(0, count));
            remaining -= count;
        }
    }

    private FileStream OpenAt()
    {
        var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        stream.Seek(Offset, SeekOrigin.Begin);
        return stream;
    }
}
