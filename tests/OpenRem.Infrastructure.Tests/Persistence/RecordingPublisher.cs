using System.Collections.Concurrent;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Retrieve;
using OpenRem.Infrastructure.Persistence.Progress;

namespace OpenRem.Infrastructure.Tests.Persistence;

/// <summary>A progress publisher that keeps what it is given.</summary>
internal sealed class RecordingPublisher : IQueryProgressPublisher
{
    /// <summary>Every snapshot, of stage and count changes alike, in the order published.</summary>
    public ConcurrentQueue<QueryProgressSnapshot> Snapshots { get; } = new();

    public ConcurrentQueue<QueryProgressSnapshot> StageSnapshots { get; } = new();

    public ConcurrentQueue<(Guid QueryId, SeriesMoveProgress Progress)> SeriesMoves { get; } = new();

    public ConcurrentQueue<(Guid QueryId, QueryLogLine Line)> Lines { get; } = new();

    public ValueTask PublishStageAsync(QueryProgressSnapshot snapshot, CancellationToken cancellationToken)
    {
        StageSnapshots.Enqueue(snapshot);
        Snapshots.Enqueue(snapshot);
        return ValueTask.CompletedTask;
    }

    public ValueTask PublishCountsAsync(QueryProgressSnapshot snapshot, CancellationToken cancellationToken)
    {
        Snapshots.Enqueue(snapshot);
        return ValueTask.CompletedTask;
    }

    public ValueTask PublishSeriesMoveAsync(Guid queryId, SeriesMoveProgress progress, CancellationToken cancellationToken)
    {
        SeriesMoves.Enqueue((queryId, progress));
        return ValueTask.CompletedTask;
    }

    public ValueTask PublishLogAsync(Guid queryId, QueryLogLine line, CancellationToken cancellationToken)
    {
        Lines.Enqueue((queryId, line));
        return ValueTask.CompletedTask;
    }
}
