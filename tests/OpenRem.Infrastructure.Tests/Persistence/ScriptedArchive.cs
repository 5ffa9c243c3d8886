using System.Runtime.CompilerServices;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Tests.Persistence;

/// <summary>
/// A remote archive answering from a script, to drive the real find and move phases while the database under test
/// records what they do: studies per modality code, series per study, images per series; every C-MOVE succeeds
/// with one object sent per request.
/// </summary>
internal sealed class ScriptedArchive : IRemoteArchiveConnector, IRemoteArchive
{
    private readonly Dictionary<string, List<StudyMatch>> _studies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SeriesMatch>> _series = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ImageMatch>> _images = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failingSeriesQueries = new(StringComparer.Ordinal);

    public List<MoveRequest> Moves { get; } = [];

    public ScriptedArchive WithStudy(string modalityCode, StudyMatch study, params SeriesMatch[] series)
    {
        Get(_studies, modalityCode).Add(study);
        Get(_series, study.StudyInstanceUid).AddRange(series);
        return this;
    }

    public ScriptedArchive WithImages(string seriesInstanceUid, params ImageMatch[] images)
    {
        Get(_images, seriesInstanceUid).AddRange(images);
        return this;
    }

    /// <summary>The series query of this study ends with a failure status after its matches.</summary>
    public ScriptedArchive FailSeriesQueryOf(string studyInstanceUid)
    {
        _failingSeriesQueries.Add(studyInstanceUid);
        return this;
    }

    public IRemoteArchive Connect(ArchiveConnectionOptions options) => this;

    public async IAsyncEnumerable<StudyMatch> FindStudiesAsync(StudyFindRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var study in _studies.GetValueOrDefault(request.ModalityInStudy) ?? [])
        {
            await Task.Yield();
            yield return study;
        }
    }

    public async IAsyncEnumerable<SeriesMatch> FindSeriesAsync(SeriesFindRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var series in _series.GetValueOrDefault(request.StudyInstanceUid) ?? [])
        {
            await Task.Yield();
            yield return series;
        }

        if (_failingSeriesQueries.Contains(request.StudyInstanceUid))
        {
            throw new RemoteArchiveException(ArchiveFailure.FromStatus(0xA700, "Refused: Out of Resources"));
        }
    }

    public async IAsyncEnumerable<ImageMatch> FindImagesAsync(ImageFindRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var image in (_images.GetValueOrDefault(request.SeriesInstanceUid) ?? [])
            .Where(image => request.InstanceNumber is null || image.InstanceNumber == request.InstanceNumber))
        {
            await Task.Yield();
            yield return image;
        }
    }

    public async IAsyncEnumerable<MoveResponse> MoveAsync(MoveRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Moves.Add(request);
        await Task.Yield();
        yield return new MoveResponse(0xFF00, 0, 1, 0, 0);
        yield return new MoveResponse(0x0000, 0, 1, 0, 0);
    }

    public ValueTask RenewAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static List<T> Get<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}
