using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Find;

/// <summary>Everything one run of the find phase works with: the query, the node, the ports and the clock.</summary>
internal sealed class FindContext(
    Query query,
    RemoteNode node,
    IRemoteArchive archive,
    IImportedObjects imported,
    IQueryProgress progress,
    TimeProvider time,
    CancellationToken cancellationToken)
{
    public Query Query { get; } = query;

    public RemoteNode Node { get; } = node;

    public IRemoteArchive Archive { get; } = archive;

    public IImportedObjects Imported { get; } = imported;

    public TimeProvider Time { get; } = time;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public QueryParameters Parameters => Query.Parameters;

    public QueryOptions Options => Query.Parameters.Options;

    public FindCounts Counts => Query.FindCounts;

    /// <summary>True when <paramref name="group"/> was asked for.</summary>
    public bool Includes(ModalityGroup group) => Parameters.Modalities.Includes(group);

    /// <summary>Sets and reports the stage text.</summary>
    public ValueTask StageAsync(string text)
    {
        Query.SetStage(text);
        return progress.StageChangedAsync(Query, CancellationToken);
    }

    public ValueTask CountsChangedAsync() => progress.CountsChangedAsync(Query, CancellationToken);

    public ValueTask LogAsync(QueryLogLevel level, string text, string? detail = null) =>
        progress.LogAsync(Query, new QueryLogLine(Time.GetUtcNow(), level, text, detail), CancellationToken);

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
