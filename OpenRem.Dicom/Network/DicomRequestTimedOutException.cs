using System.Globalization;

namespace OpenRem.Dicom.Network;

/// <summary>One of the client's timeouts expired; <see cref="Kind"/> says which.</summary>
public class DicomRequestTimedOutException : DicomNetworkException
{
    public DicomRequestTimedOutException(DicomTimeoutKind kind, TimeSpan timeout, string what)
        : base(string.Create(CultureInfo.InvariantCulture, $"{what}: the {kind.GetDescription()} of {Format(timeout)} expired"))
    {
        Kind = kind;
        Timeout = timeout;
    }

    public DicomRequestTimedOutException()
        : this(DicomTimeoutKind.DimseIdle, TimeSpan.Zero, "no response")
    {
    }

    public DicomRequestTimedOutException(string message)
        : base(message)
    {
    }

    public DicomRequestTimedOutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DicomTimeoutKind Kind { get; }

    public TimeSpan Timeout { get; }

    private static string Format(TimeSpan timeout) =>
        timeout.TotalSeconds >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalSeconds:0.###} s")
            : string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalMilliseconds:0} ms");
}
