using OpenRem.Dicom.Network.Server.Storage;

namespace OpenRem.Dicom.Network.Server;

/// <summary>An object being received: its request, what is known about it, and the file it is streamed into.</summary>
internal sealed record StoreReceipt(DicomCStoreRequest Request, StoreRequestContext Context, DicomStoreFileSink Sink);
