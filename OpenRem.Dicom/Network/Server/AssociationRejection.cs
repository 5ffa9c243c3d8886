namespace OpenRem.Dicom.Network.Server;

/// <summary>Why an association request is refused: the three fields of the A-ASSOCIATE-RJ and a sentence for the log.</summary>
public sealed record AssociationRejection(DicomRejectResult Result, DicomRejectSource Source, DicomRejectReason Reason, string Explanation);
