using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Benchmarks.FindPhase;

/// <summary>
/// Wraps a real archive connector and keeps every C-FIND answer, by request, so that the same find phase can be
/// replayed without the network (<see cref="ReplayArchive"/>) to time the filtering alone.
/// </summary>
internal sealed class RecordingArchive(IRemoteArchiveConnector inner) : IRemoteArchiveConnector
{
    public ConcurrentDictionary<FindRequest, IReadOnlyList<object>> Answers { get; } = new();

    public IRemoteArchive Connect(ArchiveConnectionOptions options) => new Connection(inner.Connect(options), Answers);

    private sealed class Connection(IRemoteArchive archive, ConcurrentDictionary<FindRequest, IReadOnlyList<object>> answers) : IRemoteArchive
    {
        public IAsyncEnumerable<StudyMatch> FindStudiesAsync(StudyFindRequest request, CancellationToken cancellationToken) =>
            Record(request, archive.FindStudiesAsync(request, cancellationToken), cancellationToken);

        public IAsyncEnumerable<SeriesMatch> FindSeriesAsync(SeriesFindRequest request, CancellationToken cancellationToken) =>
            Record(request, archive.FindSeriesAsync(request, cancellationToken), cancellationToken);

        public IAsyncEnumerable<ImageMatch> FindImagesAsync(ImageFindRequest request, CancellationToken cancellationToken) =>
            Record(request, archive.FindImagesAsync(request, cancellationToken), cancellationToken);

        public IAsyncEnumerable<MoveResponse> MoveAsync(MoveRequest request, CancellationToken cancellationToken) =>
            archive.MoveAsync(request, cancellationToken);

        public ValueTask RenewAsync(CancellationToken cancellationToken) => archive.RenewAsync(cancellationToken);

        public ValueTask DisposeAsync() => archive.DisposeAsync();

        private async IAsyncEnumerable<T> Record<T>(FindRequest request, IAsyncEnumerable<T> matches, [EnumeratorCancellation] CancellationToken cancellationToken)
            where T : notnull
        {
            var received = new List<object>();
            await foreach (var match in matches.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                received.Add(match);
                yield return match;
            }

            answers[request] = received;
        }
    }
}
