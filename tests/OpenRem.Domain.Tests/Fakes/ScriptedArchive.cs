using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Domain.Tests.Fakes;

/// <summary>
/// A remote archive that answers from a script: studies per modality code (or one answer to every study query),
/// series per study, images per series (filtered by instance number when one is asked for), failures per call,
/// and C-MOVE attempts per series or SOP instance. It records every connection, request, renewal and disposal.
/// </summary>
public sealed class ScriptedArchive : IRemoteArchiveConnector
{
    private readonly Dictionary<string, List<StudyMatch>> _studiesByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SeriesMatch>> _seriesByStudy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ImageMatch>> _imagesBySeries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScriptedFailure> _findFailures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<MoveAttempt>> _moveAttempts = new(StringComparer.Ordinal);
    private Func<StudyFindRequest, IEnumerable<StudyMatch>>? _everyStudyQuery;

    /// <summary>Held while a connection records into the script, so that parallel connections can share it.</summary>
    internal Lock Gate { get; } = new();

    public List<ArchiveConnectionOptions> Connections { get; } = [];

    public List<FindRequest> FindRequests { get; } = [];

    public List<MoveRequest> MoveRequests { get; } = [];

    public int Renewals { get; internal set; }

    public int Disposals { get; internal set; }

    /// <summary>Called before each find request is answered; a test can cancel from here.</summary>
    public Action<FindRequest>? OnFind { get; set; }

    /// <summary>Called before each move request is answered; a test can cancel from here.</summary>
    public Action<MoveRequest>? OnMove { get; set; }

    public IEnumerable<StudyFindRequest> StudyRequests => FindRequests.OfType<StudyFindRequest>();

    public IEnumerable<SeriesFindRequest> SeriesRequests => FindRequests.OfType<SeriesFindRequest>();

    public IEnumerable<ImageFindRequest> ImageRequests => FindRequests.OfType<ImageFindRequest>();

    public IRemoteArchive Connect(ArchiveConnectionOptions options)
    {
        lock (Gate)
        {
            Connections.Add(options);
        }

        return new ScriptedConnection(this);
    }

    /// <summary>The studies returned to the study query for <paramref name="modalityCode"/>.</summary>
    public ScriptedArchive WithStudies(string modalityCode, params StudyMatch[] studies)
    {
        List(_studiesByCode, modalityCode).AddRange(studies);
        return this;
    }

    /// <summary>The same answer to every study query, whatever it asks for (an archive ignoring ModalitiesInStudy).</summary>
    public ScriptedArchive WithEveryStudyQueryAnswered(Func<StudyFindRequest, IEnumerable<StudyMatch>> answer)
    {
        _everyStudyQuery = answer;
        return this;
    }

    public ScriptedArchive WithSeries(string studyInstanceUid, params SeriesMatch[] series)
    {
        List(_seriesByStudy, studyInstanceUid).AddRange(series);
        return this;
    }

    public ScriptedArchive WithImages(string seriesInstanceUid, params ImageMatch[] images)
    {
        List(_imagesBySeries, seriesInstanceUid).AddRange(images);
        return this;
    }

    /// <summary>
    /// The next <paramref name="times"/> find calls for <paramref name="key"/> (a modality code, a study UID or a
    /// series UID) yield <paramref name="afterMatches"/> matches, then throw <paramref name="failure"/>.
    /// </summary>
    public ScriptedArchive FailFind(string key, ArchiveFailure failure, int afterMatches = 0, int times = 1)
    {
        _findFailures[key] = new ScriptedFailure(failure, afterMatches, times);
        return this;
    }

    /// <summary>The next attempt to move <paramref name="key"/> (series UID, or SOP instance UID) gets these responses.</summary>
    public ScriptedArchive WithMoveResponses(string key, params MoveResponse[] responses)
    {
        Attempts(key).Enqueue(new MoveAttempt(responses, null));
        return this;
    }

    /// <summary>The next attempt to move <paramref name="key"/> yields <paramref name="responses"/> and then throws <paramref name="failure"/>.</summary>
    public ScriptedArchive FailMove(string key, ArchiveFailure failure, params MoveResponse[] responses)
    {
        Attempts(key).Enqueue(new MoveAttempt(responses, failure));
        return this;
    }

    internal IEnumerable<StudyMatch> StudiesFor(StudyFindRequest request) =>
        _everyStudyQuery?.Invoke(request) ?? (_studiesByCode.TryGetValue(request.ModalityInStudy, out var studies) ? studies : []);

    internal IEnumerable<SeriesMatch> SeriesFor(SeriesFindRequest request) =>
        _seriesByStudy.TryGetValue(request.StudyInstanceUid, out var series) ? series : [];

    internal IEnumerable<ImageMatch> ImagesFor(ImageFindRequest request) =>
        (_imagesBySeries.TryGetValue(request.SeriesInstanceUid, out var images) ? images : [])
            .Where(image => request.InstanceNumber is null || image.InstanceNumber == request.InstanceNumber);

    internal ScriptedFailure? TakeFailure(string key)
    {
        if (!_findFailures.TryGetValue(key, out var failure) || failure.Times == 0)
        {
            return null;
        }

        _findFailures[key] = failure with { Times = failure.Times - 1 };
        return failure;
    }

    internal MoveAttempt TakeMoveAttempt(MoveRequest request)
    {
        var key = request.SopInstanceUid ?? request.SeriesInstanceUid;
        return _moveAttempts.TryGetValue(key, out var attempts) && attempts.Count > 0
            ? attempts.Dequeue()
            : new MoveAttempt([new MoveResponse(0xFF00, 0, 1, 0, 0), new MoveResponse(0x0000, 0, 1, 0, 0)], null);
    }

    private static List<T> List<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }

    private Queue<MoveAttempt> Attempts(string key)
    {
        if (!_moveAttempts.TryGetValue(key, out var attempts))
        {
            attempts = new Queue<MoveAttempt>();
            _moveAttempts[key] = attempts;
        }

        return attempts;
    }
}
