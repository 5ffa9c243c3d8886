using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Queries;

/// <summary>
/// One run of query-retrieve: what was asked, where it is (<see cref="State"/> and <see cref="StageText"/>), what
/// the archive returned with what was kept and why the rest was dropped, and the counts and times of each phase.
/// The nodes are remembered by name too, so deleting a node keeps the query's history.
/// </summary>
public sealed class Query
{
    private readonly List<StudyResponse> _studies = [];
    private readonly List<string> _remoteErrors = [];

    private Query()
    {
        RemoteNodeName = string.Empty;
        StoreNodeName = string.Empty;
        StoreAeTitle = string.Empty;
        Parameters = null!;
        StageText = string.Empty;
    }

    /// <summary>The query's identity, also the key jobs and progress pages use.</summary>
    public Guid Id { get; private set; }

    /// <summary>The remote node queried; null once that node is deleted.</summary>
    public int? RemoteNodeId { get; private set; }

    public string RemoteNodeName { get; private set; }

    /// <summary>The store node retrieved objects go to; null once that node is deleted.</summary>
    public int? StoreNodeId { get; private set; }

    public string StoreNodeName { get; private set; }

    /// <summary>The move destination AE title at the time the query was created.</summary>
    public string StoreAeTitle { get; private set; }

    public QueryParameters Parameters { get; private set; }

    public QueryState State { get; private set; }

    /// <summary>What the query is doing now, or, once a phase ended, its summary (lines separated by newlines).</summary>
    public string StageText { get; private set; }

    /// <summary>Summary of the find phase once it completed.</summary>
    public string? FindSummary { get; private set; }

    /// <summary>Summary of the last move phase once it ended.</summary>
    public string? MoveSummary { get; private set; }

    /// <summary>Why the query failed; null unless <see cref="State"/> is <see cref="QueryState.Failed"/>.</summary>
    public string? Error { get; private set; }

    /// <summary>Problems the remote archive reported without stopping the query, in the order they came.</summary>
    public IReadOnlyList<string> RemoteErrors => _remoteErrors;

    public FindCounts FindCounts { get; private set; } = new();

    public MoveCounts MoveCounts { get; private set; } = new();

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? FindStartedAt { get; private set; }

    public DateTimeOffset? FindEndedAt { get; private set; }

    public DateTimeOffset? MoveStartedAt { get; private set; }

    public DateTimeOffset? MoveEndedAt { get; private set; }

    /// <summary>Every study response, kept and dropped, in the order received (copies of split studies last).</summary>
    public IReadOnlyList<StudyResponse> Studies => _studies;

    public IEnumerable<StudyResponse> KeptStudies => _studies.Where(study => study.IsKept);

    /// <summary>True in <see cref="QueryState.Done"/>, <see cref="QueryState.Failed"/>, <see cref="QueryState.Cancelled"/> and <see cref="QueryState.Interrupted"/>.</summary>
    public bool HasEnded => State is QueryState.Done or QueryState.Failed or QueryState.Cancelled or QueryState.Interrupted;

    /// <summary>A queued query for a validated <paramref name="request"/>.</summary>
    public static Query Create(QueryRequest request, RemoteNode remoteNode, StoreNode storeNode, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(remoteNode);
        ArgumentNullException.ThrowIfNull(storeNode);
        ArgumentNullException.ThrowIfNull(time);
        var today = StudyDateWindow.Today(time);
        var errors = request.Validate(today);
        if (errors.Count > 0)
        {
            throw new ArgumentException("The query request is not valid: " + string.Join(" ", errors), nameof(request));
        }

        var now = time.GetUtcNow();
        return new Query
        {
            Id = Guid.CreateVersion7(now),
            RemoteNodeId = remoteNode.Id,
            RemoteNodeName = remoteNode.Name,
            StoreNodeId = storeNode.Id,
            StoreNodeName = storeNode.Name,
            StoreAeTitle = storeNode.AeTitle.Value,
            Parameters = QueryParameters.From(request, today),
            State = QueryState.Queued,
            StageText = "Waiting to start",
            CreatedAt = now,
        };
    }

    /// <summary>The remote node was deleted: keep its name, forget its identity.</summary>
    public void DetachRemoteNode() => RemoteNodeId = null;

    /// <summary>The store node was deleted: keep its name, forget its identity.</summary>
    public void DetachStoreNode() => StoreNodeId = null;

    /// <summary>Queued → querying.</summary>
    public void BeginFind(DateTimeOffset now)
    {
        Require(State == QueryState.Queued, "start finding");
        State = QueryState.Querying;
        FindStartedAt = now;
        FindCounts = new FindCounts();
        StageText = "Starting the query";
    }

    /// <summary>Querying → filtered, with the find summary as stage text.</summary>
    public void CompleteFind(DateTimeOffset now, string summary)
    {
        Require(State == QueryState.Querying, "complete finding");
        State = QueryState.Filtered;
        FindEndedAt = now;
        FindSummary = summary;
        StageText = summary;
    }

    /// <summary>Why a move cannot start now, or null when it can.</summary>
    public string? WhyMoveCannotStart() =>
        State == QueryState.Retrieving ? "A retrieve of this query is already running."
        : FindEndedAt is null ? "The query has not finished finding studies."
        : null;

    /// <summary>Starts a move: the counts of an earlier move are reset.</summary>
    public void BeginMove(DateTimeOffset now)
    {
        var refusal = WhyMoveCannotStart();
        if (refusal is not null)
        {
            throw new QueryTransitionException(refusal);
        }

        State = QueryState.Retrieving;
        MoveStartedAt = now;
        MoveEndedAt = null;
        MoveSummary = null;
        Error = null;
        MoveCounts.Reset();
        foreach (var series in _studies.SelectMany(study => study.Series))
        {
            series.RecordRetrieval(SeriesRetrieval.NotRequested);
        }

        StageText = "Preparing to start move request";
    }

    /// <summary>Retrieving → done, or → failed with <paramref name="failure"/> when some of the retrieve failed.</summary>
    public void CompleteMove(DateTimeOffset now, string summary, string? failure)
    {
        Require(State == QueryState.Retrieving, "complete the move");
        State = failure is null ? QueryState.Done : QueryState.Failed;
        Error = failure;
        MoveEndedAt = now;
        MoveSummary = summary;
        StageText = summary;
    }

    /// <summary>Any state that has not ended → failed, with the reason.</summary>
    public void Fail(DateTimeOffset now, string error)
    {
        Require(!HasEnded, "fail");
        if (State == QueryState.Retrieving)
        {
            MoveEndedAt = now;
        }

        State = QueryState.Failed;
        Error = error;
        StageText = error;
    }

    /// <summary>Any state that has not ended → cancelled; <paramref name="summary"/>, when given, says what had been done.</summary>
    public void Cancel(DateTimeOffset now, string? summary = null)
    {
        Require(!HasEnded, "cancel");
        var retrieving = State == QueryState.Retrieving;
        if (retrieving)
        {
            MoveEndedAt = now;
        }

        State = QueryState.Cancelled;
        StageText = summary is null ? "Cancelled" : "Cancelled. " + summary;
        if (retrieving && summary is not null)
        {
            MoveSummary = StageText;
        }
    }

    /// <summary>
    /// Queued, querying or retrieving → interrupted: the application stopped while the query waited or ran.
    /// <paramref name="reason"/> opens the stage text; <paramref name="summary"/>, when given, says what had been done.
    /// </summary>
    public void Interrupt(DateTimeOffset now, string reason, string? summary = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Require(State is QueryState.Queued or QueryState.Querying or QueryState.Retrieving, "be interrupted");
        var retrieving = State == QueryState.Retrieving;
        if (retrieving)
        {
            MoveEndedAt = now;
        }

        State = QueryState.Interrupted;
        StageText = summary is null ? reason : reason + "\n" + summary;
        if (retrieving)
        {
            MoveSummary = StageText;
        }
    }

    /// <summary>
    /// Why the retrieve of this query cannot be resumed now, or null when it can: the query must be interrupted or
    /// failed after its find phase completed and its retrieve began.
    /// </summary>
    public string? WhyResumeIsImpossible() =>
        State is not (QueryState.Interrupted or QueryState.Failed) ? $"Only an interrupted or failed retrieve can be resumed; this query is {State}."
        : FindEndedAt is null ? "The query stopped before it finished finding studies; run it again instead."
        : MoveStartedAt is null ? "No retrieve of this query has started; start one instead."
        : null;

    /// <summary>
    /// Interrupted or failed → retrieving again, keeping what the earlier attempt recorded (series outcomes and counts)
    /// so the resumed retrieve adds to them. The move keeps its original start time.
    /// </summary>
    public void BeginResume()
    {
        if (WhyResumeIsImpossible() is { } refusal)
        {
            throw new QueryTransitionException(refusal);
        }

        State = QueryState.Retrieving;
        MoveEndedAt = null;
        MoveSummary = null;
        Error = null;
        StageText = "Preparing to resume the move";
    }

    internal void SetStage(string text) => StageText = text;

    internal void RecordRemoteError(string error) => _remoteErrors.Add(error);

    internal StudyResponse AddStudy(Guid findRequestId, StudyMatch match)
    {
        var study = new StudyResponse(findRequestId, _studies.Count, match);
        _studies.Add(study);
        return study;
    }

    internal StudyResponse AddCopyOf(StudyResponse study)
    {
        var copy = study.Copy(_studies.Count);
        _studies.Add(copy);
        return copy;
    }

    private void Require(bool allowed, string action)
    {
        if (!allowed)
        {
            throw new QueryTransitionException($"A query that is {State} cannot {action}.");
        }
    }
}
