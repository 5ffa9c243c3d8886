using OpenRem.Domain.Ports;
using OpenRem.Domain.Retrieve;
using OpenRem.Infrastructure.Persistence.Progress;
using OpenRem.Infrastructure.Progress;

namespace OpenRem.Web.Progress;

/// <summary>One event of the progress feed as the hub sends it (shapes in <see cref="ProgressHub"/>).</summary>
public sealed record ProgressMessage(
    string Type,
    Guid QueryId,
    long Sequence,
    DateTimeOffset At,
    QueryProgressSnapshot? Snapshot = null,
    SeriesMoveProgress? Series = null,
    QueryLogLine? Line = null)
{
    /// <summary>The message for <paramref name="progressEvent"/>.</summary>
    public static ProgressMessage From(QueryProgressEvent progressEvent)
    {
        ArgumentNullException.ThrowIfNull(progressEvent);
        var (queryId, sequence, at) = (progressEvent.QueryId, progressEvent.Sequence, progressEvent.At);
        return progressEvent switch
        {
            QueryStageChanged stage => new(ProgressMessageType.StageChanged, queryId, sequence, at, Snapshot: stage.Snapshot),
            QueryCountsChanged counts => new(ProgressMessageType.CountsChanged, queryId, sequence, at, Snapshot: counts.Snapshot),
            SeriesMoveProgressed series => new(ProgressMessageType.SeriesMoveProgressed, queryId, sequence, at, Series: series.Progress),
            QueryLogLineAdded log => new(ProgressMessageType.LogLineAdded, queryId, sequence, at, Line: log.Line),
            QueryEnded ended => new(ProgressMessageType.Ended, queryId, sequence, at, Snapshot: ended.Snapshot),
            ProgressResync => new(ProgressMessageType.Resync, queryId, sequence, at),
            _ => throw new ArgumentException($"No message for a {progressEvent.GetType().Name}.", nameof(progressEvent)),
        };
    }
}
