namespace OpenRem.Dicom;

/// <summary>A Part 10 file that cannot be read, naming the file and the byte offset.</summary>
public class DicomFileException : DicomException
{
    public DicomFileException()
    {
    }

    public DicomFileException(string message)
        : base(message)
    {
    }

    public DicomFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DicomFileException(string fileName, string message, long offset, Exception? innerException = null)
        : base($"{fileName}: {message}", innerException ?? new InvalidDataException(message))
    {
        FileName = fileName;
        Offset = offset;
    }

    public string? FileName { get; }

    /// <summary>The byte offset where reading failed, or -1 when not known.</summary>
    public long Offset { get; } = -1;
}
