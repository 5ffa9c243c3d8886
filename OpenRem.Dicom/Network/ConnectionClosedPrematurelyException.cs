namespace OpenRem.Dicom.Network;

/// <summary>The peer closed the connection in the middle of a PDU.</summary>
public class ConnectionClosedPrematurelyException : DicomNetworkException
{
    public ConnectionClosedPrematurelyException()
        : this("The connection was closed in the middle of a PDU.")
    {
    }

    public ConnectionClosedPrematurelyException(string message)
        : base(message)
    {
    }

    public ConnectionClosedPrematurelyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
