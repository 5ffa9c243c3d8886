using System.Runtime.CompilerServices;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Web.Tests.Cli.Qr.Fakes;

/// <summary>One connection to a <see cref="FakeArchive"/>.</summary>
internal sealed class FakeArchiveConnection(FakeArchive archive) : IRemoteArchive
{
    public async IAsyncEnumerable<StudyMatch> FindStudiesAsync(StudyFindRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        archive.StudyRequests.Add(request);
        if (archive.StudyQueryFailure is { } failure)
        {
            throw new RemoteArchiveException(failure);
        }

        foreach (var study in archive.StudiesFor(request))
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return study;
        }
    }

    public async IAsyncEnumerable<SeriesMatch> FindSeriesAsync(SeriesFindRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var series in archive.SeriesFor(request))
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return series;
        }
    }

    public async IAsyncEnumerable<ImageMatch> FindImagesAsync(ImageFindRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var image in archive.ImagesFor(request))
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return image;
        }
    }

    public async IAsyncEnumerable<MoveResponse> MoveAsync(MoveRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        archive.MoveRequests.Add(request);
        archive.OnMove?.Invoke(request);
        foreach (var response in archive.MoveResponsesFor(request))
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return response;
        }
    }

    public ValueTask RenewAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
