namespace OpenRem.Dicom;

/// <summary>
/// Encoded data that cannot be read: truncated, with impossible lengths, nested too deeply or larger than
/// the configured limits. <see cref="Offset"/> is the byte offset in the stream where the problem was found
/// (in the inflated stream for deflated transfer syntaxes).
/// </summary>
public class DicomDataException : DicomException
{
    public DicomDataException()
    {
    }

    public DicomDataException(string message)
        : base(message)
    {
    }

    public DicomDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DicomDataException(string message, long offset, DicomTag? tag = null, Exception? innerException = null)
        : base(FormatMessage(message, offset, tag), innerException ?? new InvalidDataException(message))
    {
        Offset = offset;
        Tag = tag;
    }

    /// <summary>The byte offset where reading failed, or -1 when not known.</summary>
    public long Offset { get; } = -1;

    /// <summary>The element being read when reading failed, if any.</summary>
    public DicomTag? Tag { get; }

    private static string FormatMessage(string message, long offset, DicomTag? tag) =>
        tag is { } t ? $"{message} (element {t}, at byte offset {offset})" : $"{message} (at byte offset {offset})";
}
