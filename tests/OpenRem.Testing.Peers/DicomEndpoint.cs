namespace OpenRem.Testing.Peers;

/// <summary>Where a DICOM application entity listens: host, port and AE title.</summary>
public sealed record DicomEndpoint(string Host, int Port, string AeTitle)
{
    public override string ToString() => $"{AeTitle}@{Host}:{Port}";
}
