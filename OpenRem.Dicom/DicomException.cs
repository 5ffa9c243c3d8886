namespace OpenRem.Dicom;

/// <summary>The base of every error raised by OpenRem.Dicom.</summary>
public class DicomException : Exception
{
    public DicomException()
    {
    }

    public DicomException(string message)
        : base(message)
    {
    }

    public DicomException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
