using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Web.Tests.Cli.Qr.Fakes;

/// <summary>
/// A remote archive answering from a script: studies per modality code, series per study, images per series,
/// C-MOVE responses per series (the same for every attempt; success with one object when none are scripted), and
/// optionally one failure for every study query. Records connections, find and move requests.
/// </summary>
internal sealed class FakeArchive : IRemoteArchiveConnector
{
    private readonly Dictionary<string, List<StudyMatch>> _studies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SeriesMatch>> _series = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ImageMatch>> _images = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MoveResponse[]> _moves = new(StringComparer.Ordinal);

    public List<ArchiveConnectionOptions> Connections { get; } = [];

    public List<StudyFindRequest> StudyRequests { get; } = [];

    public List<MoveRequest> MoveRequests { get; } = [];

    /// <summary>Called before each move request is answered; a test can cancel from here.</summary>
    public Action<MoveRequest>? OnMove { get; set; }

    /// <summary>When set, every study query throws this failure.</summary>
    public ArchiveFailure? StudyQueryFailure { get; set; }

    public IRemoteArchive Connect(ArchiveConnectionOptions options)
    {
        Connections.Add(options);
        return new FakeArchiveConnection(this);
    }

    public FakeArchive WithStudies(string modalityCode, params StudyMatch[] studies)
    {
        Get(_studies, modalityCode).AddRange(studies);
        return this;
    }

    public FakeArchive WithSeries(string studyInstanceUid, params SeriesMatch[] series)
    {
        Get(_series, studyInstanceUid).AddRange(series);
        return this;
    }

    public FakeArchive WithImages(string seriesInstanceUid, params ImageMatch[] images)
    {
        Get(_images, seriesInstanceUid).AddRange(images);
        return this;
    }

    public FakeArchive WithMoveResponses(string seriesInstanceUid, params MoveResponse[] responses)
    {
        _moves[seriesInstanceUid] = responses;
        return this;
    }

    internal IReadOnlyList<StudyMatch> StudiesFor(StudyFindRequest request) =>
        _studies.TryGetValue(request.ModalityInStudy, out var studies) ? studies : [];

    internal IReadOnlyList<SeriesMatch> SeriesFor(SeriesFindRequest request) =>
        _series.TryGetValue(request.StudyInstanceUid, out var series) ? series : [];

    internal IEnumerable<ImageMatch> ImagesFor(ImageFindRequest request) =>
        (_images.TryGetValue(request.SeriesInstanceUid, out var images) ? images : [])
            .Where(image => request.InstanceNumber is null || image.InstanceNumber == request.InstanceNumber);

    internal IReadOnlyList<MoveResponse> MoveResponsesFor(MoveRequest request) =>
        _moves.TryGetValue(request.SeriesInstanceUid, out var responses)
            ? responses
            : [new MoveResponse(0xFF00, 0, 1, 0, 0), new MoveResponse(0x0000, 0, 1, 0, 0)];

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
