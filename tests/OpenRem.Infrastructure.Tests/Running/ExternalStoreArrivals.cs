using OpenRem.Domain.Ports;

namespace OpenRem.Infrastructure.Tests.Running;

/// <summary>The arrivals port of a move into an external store node, which must never ask it: every call fails the test.</summary>
internal sealed class ExternalStoreArrivals : IRetrieveArrivals
{
    public Task<IReadOnlyDictionary<string, ArrivalCount>> CountAsync(Guid queryId, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A move into an external store node counted arrivals.");

    public Task<IReadOnlySet<string>> ArrivedAsync(Guid queryId, string seriesInstanceUid, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A move into an external store node asked what arrived.");
}
