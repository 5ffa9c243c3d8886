using OpenRem.Dicom.IO;

namespace OpenRem.Dicom;

/// <summary>A Part 10 file: the meta group and the dataset.</summary>
public sealed class DicomFile
{
    public DicomFile(DicomDataset dataset)
        : this(DicomFileMetaInformation.Create(dataset, dataset.InternalTransferSyntax), dataset)
    {
    }

    public DicomFile(DicomFileMetaInformation fileMetaInfo, DicomDataset dataset)
    {
        FileMetaInfo = fileMetaInfo;
        Dataset = dataset;
    }

    public DicomFileMetaInformation FileMetaInfo { get; }

    public DicomDataset Dataset { get; }

    /// <summary>True when reading stopped early (header only), so the dataset is incomplete.</summary>
    public bool IsHeaderOnly { get; internal init; }

    /// <summary>Reads a file; values larger than <see cref="DicomReaderOptions.MaxValueLength"/> stay in the file.</summary>
    public static DicomFile Open(string path, DicomReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Open(stream, options, path);
    }

    public static Task<DicomFile> OpenAsync(string path, DicomReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Open(path, options), cancellationToken);

    /// <summary>Reads a file from a stream; <paramref name="fileName"/> names it in errors and lets large values stay in the file.</summary>
    public static DicomFile Open(Stream stream, DicomReaderOptions? options = null, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Read(() => DicomFileReader.Read(stream, options ?? DicomReaderOptions.Default, fileName), fileName);
    }

    /// <summary>
    /// Reads a file whose first bytes are in memory, as <see cref="Open(Stream, DicomReaderOptions?, string?)"/> reads them from
    /// the file named <paramref name="fileName"/> (errors name it and give the same offsets); no value stays in the file.
    /// </summary>
    internal static DicomFile Open(ReadOnlyMemory<byte> bytes, DicomReaderOptions options, string fileName) =>
        Read(() => DicomFileReader.Read(bytes, options), fileName);

    private static DicomFile Read(Func<DicomFile> read, string? fileName)
    {
        try
        {
            return read();
        }
        catch (DicomDataException e)
        {
            throw new DicomFileException(fileName ?? "stream", e.Message, e.Offset, e);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new DicomFileException(fileName ?? "stream", $"read error: {e.Message}", -1, e);
        }
        catch (InvalidDataException e)
        {
            throw new DicomFileException(fileName ?? "stream", $"invalid compressed data: {e.Message}", -1, e);
        }
    }

    /// <summary>Writes the file: preamble, "DICM", meta group, then the dataset in the meta group's transfer syntax.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Save(stream);
    }

    public void Save(Stream stream) => DicomFileWriter.Write(stream, this);

    public Task SaveAsync(string path, CancellationToken cancellationToken = default) =>
        Task.Run(() => Save(path), cancellationToken);
}
