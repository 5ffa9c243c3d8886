namespace OpenRem.Dicom.IO;

/// <summary>
/// The bytes of a value: held in memory, or left in a file and read on demand so that large values
/// (pixel data) never have to be loaded. Binary values are always little endian here.
/// </summary>
public interface IByteBuffer
{
    /// <summary>True when <see cref="Data"/> costs nothing.</summary>
    bool IsMemory { get; }

    long Size { get; }

    /// <summary>The bytes, loaded into memory if they were not.</summary>
    ReadOnlyMemory<byte> Data { get; }

    /// <summary>Writes the bytes to <paramref name="destination"/> in chunks, without loading them whole.</summary>
    Task CopyToAsync(Stream destination, CancellationToken cancellationToken = default);

    void CopyTo(Stream destination);
}
