using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Retrieve;

/// <summary>Everything one run of the move phase works with.</summary>
internal sealed class MoveContext(
    Query query, IRemoteArchive archive, AeTitle destination, IQueryProgress progress, TimeProvider time, CancellationToken cancellationToken)
{
    public Query Query { get; } = query;

    public IRemoteArchive Archive { get; } = archive;

    public AeTitle Destination { get; } = destination;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The sub-operations reported so far by the C-MOVE being read; null between requests.</summary>
    public SubOperationTally? InFlight { get; set; }

    public ValueTask StageAsync(string text)
    {
        Query.SetStage(text);
        return progress.StageChangedAsync(Query, CancellationToken);
    }

    /// <summary>Reports how far the C-MOVE of <paramref name="item"/> has got.</summary>
    public ValueTask SeriesMoveProgressAsync(RetrieveItem item, SubOperationCounts soFar, int? remaining, bool isFinal) =>
        progress.SeriesMoveProgressAsync(
            Query,
            new SeriesMoveProgress(item.StudyNumber, item.StudyCount, item.SeriesNumber, item.SeriesCount, item.Modality, item.ExpectedObjects, soFar, remaining, isFinal),
            CancellationToken);

    public ValueTask CountsChangedAsync() => progress.CountsChangedAsync(Query, CancellationToken);

    public ValueTask LogAsync(QueryLogLevel level, string text) =>
        progress.LogAsync(Query, new QueryLogLine(time.GetUtcNow(), level, text), CancellationToken);
}
