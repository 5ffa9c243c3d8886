namespace OpenRem.Dicom.Network.Server.Storage;

/// <summary>What the C-STORE command and the association say about an object being received.</summary>
public sealed record StoreRequestContext(
    string SopClassUid,
    string SopInstanceUid,
    DicomTransferSyntax TransferSyntax,
    string CallingAeTitle,
    string CalledAeTitle);
