using OpenRem.Domain.Ports;
using OpenRem.Infrastructure.Persistence.Progress;

namespace OpenRem.Infrastructure.Tests.Persistence;

/// <summary>A progress publisher that always fails, as a broken live view might.</summary>
internal sealed class FailingPublisher : IQueryProgressPublisher
{
    public ValueTask PublishAsync(QueryProgressSnapshot snapshot, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The live view is gone.");

    public ValueTask PublishLogAsync(Guid queryId, QueryLogLine line, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The live view is gone.");
}
