namespace OpenRem.Domain.Ports.Archive;

/// <summary>
/// One phase's conversation with a remote archive. The implementation keeps one association, opens it on the
/// first call, replaces it when it was lost (and keeps the replacement for later calls), and releases it on
/// dispose, whatever happened. Each call either completes with a success status or throws
/// <see cref="RemoteArchiveException"/> saying what went wrong; matches yielded before the exception stay valid.
/// Cancelling a call's token sends C-CANCEL and ends the call.
/// </summary>
public interface IRemoteArchive : IAsyncDisposable
{
    /// <summary>Study-level C-FIND: one match per pending response.</summary>
    IAsyncEnumerable<StudyMatch> FindStudiesAsync(StudyFindRequest request, CancellationToken cancellationToken);

    /// <summary>Series-level C-FIND: one match per pending response.</summary>
    IAsyncEnumerable<SeriesMatch> FindSeriesAsync(SeriesFindRequest request, CancellationToken cancellationToken);

    /// <summary>Image-level C-FIND: one match per pending response.</summary>
    IAsyncEnumerable<ImageMatch> FindImagesAsync(ImageFindRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// C-MOVE: every response, pending ones and the final one, whatever its status. Only a lost connection or
    /// association throws; a failure status is a response like any other.
    /// </summary>
    IAsyncEnumerable<MoveResponse> MoveAsync(MoveRequest request, CancellationToken cancellationToken);

    /// <summary>Drops the current association, if any, so the next call starts on a fresh one.</summary>
    ValueTask RenewAsync(CancellationToken cancellationToken);
}
