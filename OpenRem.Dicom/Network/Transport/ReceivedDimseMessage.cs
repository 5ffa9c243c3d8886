namespace OpenRem.Dicom.Network.Transport;

/// <summary>A DIMSE message as reassembled from PDVs: its context, the decoded command set and the raw data set bytes, if any.</summary>
public sealed record ReceivedDimseMessage(byte PresentationContextId, DicomDataset Command, byte[]? DatasetBytes);
