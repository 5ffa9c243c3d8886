using OpenRem.Dicom.Network.Server.Storage;

namespace OpenRem.Dicom.Network.Server;

/// <summary>
/// The ready-made Store SCP: answers C-ECHO and writes every received object under the server's store directory
/// (<see cref="DicomServerOptions.StoreDirectory"/>, named by <see cref="DicomServerOptions.StorageLayout"/>), byte
/// for byte as it arrived, after a meta group naming the sender.
/// </summary>
public class StoreScpService : DicomService, IDicomCEchoProvider, IDicomCStoreProvider
{
    public StoreScpService(DicomServiceContext context)
        : base(context)
    {
        if (Options.StoreDirectory is null && Options.StoreSinkFactory is null)
        {
            throw new ArgumentException("A Store SCP needs a store directory.", nameof(context));
        }
    }

    public virtual Task<DicomCEchoResponse> OnCEchoRequestAsync(DicomCEchoRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new DicomCEchoResponse(request, DicomStatus.Success));

    public virtual DicomStoreFileSink OpenStoreSink(StoreRequestContext request) =>
        Options.StoreSinkFactory?.Invoke(request)
        ?? DicomStoreFileSink.Create(Path.Combine(Options.StoreDirectory!, StorePathPolicy.IncomingFolder), request, Options.FlushToDisk);

    public virtual string ChooseStorePath(DicomDataset header, StoreRequestContext request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StorePathPolicy.Choose(Options.StoreDirectory!, Options.StorageLayout, header, request.SopInstanceUid);
    }

    public virtual Task<DicomCStoreResponse> OnCStoreRequestAsync(DicomCStoreRequest request, StoreResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var status = result.Failure switch
        {
            StoreFailure.None => DicomStatus.Success,
            StoreFailure.OutOfResources => DicomStatus.StorageOutOfResources,
            StoreFailure.DataSetDoesNotMatchSOPClass => DicomStatus.StorageDataSetDoesNotMatchSOPClassError,
            _ => DicomStatus.StorageCannotUnderstand,
        };
        if (result.ErrorComment is { } comment)
        {
            ServerLog.RefusalExplained(Logger, status.Code, comment);
            status = status.WithErrorComment(FailureResponseCommand.Truncate(comment));
        }

        return Task.FromResult(new DicomCStoreResponse(request, status));
    }

    public virtual Task OnCStoreRequestExceptionAsync(DicomCStoreRequest request, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ServerLog.ObjectCutOff(Logger, exception.Message);
        return Task.CompletedTask;
    }
}
