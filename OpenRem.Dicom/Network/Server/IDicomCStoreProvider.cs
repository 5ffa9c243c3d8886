using OpenRem.Dicom.Network.Server.Storage;

namespace OpenRem.Dicom.Network.Server;

/// <summary>
/// A provider of the Storage service (C-STORE SCP). Objects are streamed to a file as they arrive: the service
/// opens a sink when the command has arrived, writes every data set fragment to it, and calls
/// <see cref="OnCStoreRequestAsync"/> once the object is complete and checked.
/// </summary>
public interface IDicomCStoreProvider
{
    /// <summary>Opens the file the object described by <paramref name="request"/> is written to, before any data set byte arrives.</summary>
    DicomStoreFileSink OpenStoreSink(StoreRequestContext request);

    /// <summary>The final path of a received object, from its header (the values before Pixel Data).</summary>
    string ChooseStorePath(DicomDataset header, StoreRequestContext request);

    /// <summary>The object is complete: stored, or refused for the reason in <paramref name="result"/>. Returns the C-STORE-RSP.</summary>
    Task<DicomCStoreResponse> OnCStoreRequestAsync(DicomCStoreRequest request, StoreResult result, CancellationToken cancellationToken);

    /// <summary>Receiving the object failed outright (the association was aborted or the connection lost); nothing was kept.</summary>
    Task OnCStoreRequestExceptionAsync(DicomCStoreRequest request, Exception exception);
}
