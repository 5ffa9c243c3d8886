using OpenRem.Domain.Ports;
using OpenRem.Domain.Retrieve;
using OpenRem.Infrastructure.Persistence.Progress;

namespace OpenRem.Infrastructure.Tests.Persistence;

/// <summary>A progress publisher that always fails, as a broken live view might.</summary>
internal sealed class FailingPublisher : IQueryProgressPublisher
{
    public ValueTask PublishStageAsync(QueryProgressSnapshot snapshot, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The live view is gone.");

    public ValueTask PublishCountsAsync(QueryProgressSnapshot snapshot, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The live view is gone.");

    public ValueTask PublishSeriesMoveAsync(Guid queryId, SeriesMoveProgress progress, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The live view is gone.");

    public ValueTask PublishLogAsync(Guid queryId, QueryLogLine line, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The live view is gone.");
}
