using System.Runtime.CompilerServices;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Domain.Tests.Fakes;

/// <summary>One connection to the <see cref="ScriptedArchive"/>: answers from its script and records into it.</summary>
internal sealed class ScriptedConnection(ScriptedArchive script) : IRemoteArchive
{
    public IAsyncEnumerable<StudyMatch> FindStudiesAsync(StudyFindRequest request, CancellationToken cancellationToken) =>
        Answer(request, request.ModalityInStudy, script.StudiesFor(request), cancellationToken);

    public IAsyncEnumerable<SeriesMatch> FindSeriesAsync(SeriesFindRequest request, CancellationToken cancellationToken) =>
        Answer(request, request.StudyInstanceUid, script.SeriesFor(request), cancellationToken);

    public IAsyncEnumerable<ImageMatch> FindImagesAsync(ImageFindRequest request, CancellationToken cancellationToken) =>
        Answer(request, request.SeriesInstanceUid, script.ImagesFor(request), cancellationToken);

    public async IAsyncEnumerable<MoveResponse> MoveAsync(MoveRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        script.MoveRequests.Add(request);
        script.OnMove?.Invoke(request);
        cancellationToken.ThrowIfCancellationRequested();
        var attempt = script.TakeMoveAttempt(request);
        foreach (var response in attempt.Responses)
        {
            await Task.Yield();
            yield return response;
        }

        if (attempt.Failure is not null)
        {
            throw new RemoteArchiveException(attempt.Failure);
        }
    }

    public ValueTask RenewAsync(CancellationToken cancellationToken)
    {
        lock (script.Gate)
        {
            script.Renewals++;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        lock (script.Gate)
        {
            script.Disposals++;
        }

        return ValueTask.CompletedTask;
    }

    private async IAsyncEnumerable<T> Answer<T>(
        FindRequest request, string key, IEnumerable<T> matches, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ScriptedFailure? failure;
        lock (script.Gate)
        {
            script.FindRequests.Add(request);
            failure = script.TakeFailure(key);
        }

        script.OnFind?.Invoke(request);

        var sent = 0;
        foreach (var match in matches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (failure is not null && sent == failure.AfterMatches)
            {
                break;
            }

            await Task.Yield();
            sent++;
            yield return match;
        }

        if (failure is not null)
        {
            throw new RemoteArchiveException(failure.Failure);
        }
    }
}
