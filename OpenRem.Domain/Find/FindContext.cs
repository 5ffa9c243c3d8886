using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Find.Lanes;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Find;

/// <summary>
/// Everything one run of the find phase works with: the query, the node, the ports and the clock. The main
/// context reports straight to the progress port; a lane's context (see <see cref="StudyLanes"/>) works on one
/// study at a time with an association of its own and writes what it would report into a journal, which the main
/// context replays in study order.
/// </summary>
internal sealed class FindContext
{
    private readonly IQueryProgress _progress;
    private readonly LaneJournal? _journal;

    public FindContext(
        Query query,
        RemoteNode node,
        IRemoteArchive archive,
        IImportedObjects imported,
        IQueryProgress progress,
        TimeProvider time,
        StudyLanes lanes,
        CancellationToken cancellationToken)
        : this(query, node, archive, imported, progress, time, lanes, null, cancellationToken)
    {
    }

    private FindContext(
        Query query,
        RemoteNode node,
        IRemoteArchive archive,
        IImportedObjects imported,
        IQueryProgress progress,
        TimeProvider time,
        StudyLanes lanes,
        LaneJournal? journal,
        CancellationToken cancellationToken)
    {
        Query = query;
        Node = node;
        Archive = archive;
        Imported = imported;
        _progress = progress;
        Time = time;
        Lanes = lanes;
        _journal = journal;
        CancellationToken = cancellationToken;
    }

    public Query Query { get; }

    public RemoteNode Node { get; }

    public IRemoteArchive Archive { get; }

    public IImportedObjects Imported { get; }

    public TimeProvider Time { get; }

    /// <summary>The associations the per-study steps may spread their work over.</summary>
    public StudyLanes Lanes { get; }

    public CancellationToken CancellationToken { get; }

    public QueryParameters Parameters => Query.Parameters;

    public QueryOptions Options => Query.Parameters.Options;

    /// <summary>The query's counts; in a lane, the lane's own request and match counts for the current study.</summary>
    public FindCounts Counts => _journal?.Counts ?? Query.FindCounts;

    /// <summary>True when <paramref name="group"/> was asked for.</summary>
    public bool Includes(ModalityGroup group) => Parameters.Modalities.Includes(group);

    /// <summary>A context for a lane: its own association and journal, the same query, node and ports.</summary>
    public FindContext ForLane(IRemoteArchive archive, LaneJournal journal, CancellationToken cancellationToken) =>
        new(Query, Node, archive, Imported, _progress, Time, Lanes, journal, cancellationToken);

    /// <summary>Sets and reports the stage text.</summary>
    public ValueTask StageAsync(string text)
    {
        if (_journal is not null)
        {
            _journal.Stage(text);
            return ValueTask.CompletedTask;
        }

        Query.SetStage(text);
        return _progress.StageChangedAsync(Query, CancellationToken);
    }

    public ValueTask CountsChangedAsync()
    {
        if (_journal is not null)
        {
            _journal.CountsChanged();
            return ValueTask.CompletedTask;
        }

        return _progress.CountsChangedAsync(Query, CancellationToken);
    }

    public ValueTask LogAsync(QueryLogLevel level, string text, string? detail = null) =>
        LogAsync(new QueryLogLine(Time.GetUtcNow(), level, text, detail));

    /// <summary>Adds <paramref name="line"/> to the query's log.</summary>
    public ValueTask LogAsync(QueryLogLine line)
    {
        if (_journal is not null)
        {
            _journal.Log(line);
            return ValueTask.CompletedTask;
        }

        return _progress.LogAsync(Query, line, CancellationToken);
    }

    /// <summary>Records an error the remote archive reported, for the query's summary.</summary>
    public void RecordRemoteError(string text)
    {
        if (_journal is not null)
        {
            _journal.RemoteError(text);
            return;
        }

        Query.RecordRemoteError(text);
    }

    /// <summary>Applies <paramref name="decisions"/>, logs what <paramref name="step"/> removed, and returns how many kept studies that was.</summary>
    public async ValueTask<int> ApplyAsync(DecisionList decisions, string step)
    {
        var removed = Apply(decisions);
        await LogAsync(QueryLogLevel.Information, $"{step} removed {removed} studies, {Query.KeptStudies.Count()} studies remain.").ConfigureAwait(false);
        return removed;
    }

    /// <summary>Applies <paramref name="decisions"/> and returns how many kept studies they removed.</summary>
    public int Apply(DecisionList decisions)
    {
        var before = Query.KeptStudies.Count();
        decisions.Apply();
        return before - Query.KeptStudies.Count();
    }
}
