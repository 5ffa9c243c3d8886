using OpenRem.Domain.Ports;
using OpenRem.Domain.Retrieve;

namespace OpenRem.Infrastructure.Persistence.Progress;

/// <summary>
/// Tells whoever watches a query (a live page, later another instance) what changed, after the change is in hand.
/// The database stays the truth: a publisher only offers a faster view of it. Register any number in the service
/// collection. A publisher must return quickly (hand the snapshot to a bounded queue, for example) and must not
/// throw; a failure is logged and the query goes on.
/// </summary>
public interface IQueryProgressPublisher
{
    /// <summary>The query's state or stage text changed (a change to an ended state ends the query's run).</summary>
    ValueTask PublishStageAsync(QueryProgressSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>Some of the query's counts changed.</summary>
    ValueTask PublishCountsAsync(QueryProgressSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>A C-MOVE of the query's move phase answered, pending or final.</summary>
    ValueTask PublishSeriesMoveAsync(Guid queryId, SeriesMoveProgress progress, CancellationToken cancellationToken);

    /// <summary>A line was added to the query's log.</summary>
    ValueTask PublishLogAsync(Guid queryId, QueryLogLine line, CancellationToken cancellationToken);
}
