namespace OpenRem.Dicom.Network;

/// <summary>The base of every error raised by the DICOM network layers (upper layer, association, DIMSE).</summary>
public class DicomNetworkException : DicomException
{
    public DicomNetworkException()
    {
    }

    public DicomNetworkException(string message)
        : base(message)
    {
    }

    public DicomNetworkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
