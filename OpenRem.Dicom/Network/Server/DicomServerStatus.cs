namespace OpenRem.Dicom.Network.Server;

/// <summary>A snapshot of a server: whether it listens, its open associations, the objects stored, and the last error seen.</summary>
public sealed record DicomServerStatus(bool IsListening, int OpenAssociations, long ObjectsReceived, string? LastError);
