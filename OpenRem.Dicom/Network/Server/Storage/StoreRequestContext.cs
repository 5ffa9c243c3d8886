namespace OpenRem.Dicom.Network.Server.Storage;

/// <summary>
/// What the C-STORE command and the association say about an object being received. When the object is a
/// sub-operation of a C-MOVE, <see cref="MoveOriginatorAeTitle"/> and <see cref="MoveOriginatorMessageId"/> name the
/// AE title that asked for the move and its C-MOVE's message ID (as the sender filled them in).
/// </summary>
public sealed record StoreRequestContext(
    string SopClassUid,
    string SopInstanceUid,
    DicomTransferSyntax TransferSyntax,
    string CallingAeTitle,
    string CalledAeTitle,
    string? MoveOriginatorAeTitle = null,
    int? MoveOriginatorMessageId = null);
