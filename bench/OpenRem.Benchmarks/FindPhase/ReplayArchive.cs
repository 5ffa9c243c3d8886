using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Benchmarks.FindPhase;

/// <summary>Answers every C-FIND from what a <see cref="RecordingArchive"/> kept, at once: the find phase without the network.</summary>
internal sealed class ReplayArchive(IReadOnlyDictionary<FindRequest, IReadOnlyList<object>> answers) : IRemoteArchiveConnector, IRemoteArchive
{
    public IRemoteArchive Connect(ArchiveConnectionOptions options) => this;

    public IAsyncEnumerable<StudyMatch> FindStudiesAsync(StudyFindRequest request, CancellationToken cancellationToken) => Answer<StudyMatch>(request);

    public IAsyncEnumerable<SeriesMatch> FindSeriesAsync(SeriesFindRequest request, CancellationToken cancellationToken) => Answer<SeriesMatch>(request);

    public IAsyncEnumerable<ImageMatch> FindImagesAsync(ImageFindRequest request, CancellationToken cancellationToken) => Answer<ImageMatch>(request);

    public IAsyncEnumerable<MoveResponse> MoveAsync(MoveRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The replay answers C-FIND only.");

    public ValueTask RenewAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private IAsyncEnumerable<T> Answer<T>(FindRequest request) =>
        (answers.TryGetValue(request, out var matches) ? matches.Cast<T>() : []).ToAsyncEnumerable();
}
