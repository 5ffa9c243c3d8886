using System.Collections.Concurrent;
using OpenRem.Domain.Ports;
using OpenRem.Infrastructure.Persistence.Progress;

namespace OpenRem.Infrastructure.Tests.Persistence;

/// <summary>A progress publisher that keeps what it is given.</summary>
internal sealed class RecordingPublisher : IQueryProgressPublisher
{
    public ConcurrentQueue<QueryProgressSnapshot> Snapshots { get; } = new();

    public ConcurrentQueue<(Guid QueryId, QueryLogLine Line)> Lines { get; } = new();

    public ValueTask PublishAsync(QueryProgressSnapshot snapshot, CancellationToken cancellationToken)
    {
        Snapshots.Enqueue(snapshot);
        return ValueTask.CompletedTask;
    }

    public ValueTask PublishLogAsync(Guid queryId, QueryLogLine line, CancellationToken cancellationToken)
    {
        Lines.Enqueue((queryId, line));
        return ValueTask.CompletedTask;
    }
}
