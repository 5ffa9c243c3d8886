using OpenRem.Domain.Ports;

namespace OpenRem.Web.Tests.Cli.Qr.Fakes;

/// <summary>Arrivals at a store node as a test sets them, per series instance UID; every count asked for is recorded.</summary>
public sealed class RecordedArrivals : IRetrieveArrivals
{
    public Dictionary<string, ArrivalCount> Counts { get; } = new(StringComparer.Ordinal);

    public List<Guid> CountedQueries { get; } = [];

    public Task<IReadOnlyDictionary<string, ArrivalCount>> CountAsync(Guid queryId, CancellationToken cancellationToken)
    {
        CountedQueries.Add(queryId);
        return Task.FromResult<IReadOnlyDictionary<string, ArrivalCount>>(new Dictionary<string, ArrivalCount>(Counts, StringComparer.Ordinal));
    }

    /// <summary>No instance lists are recorded: every series counts as none arrived.</summary>
    public Task<IReadOnlySet<string>> ArrivedAsync(Guid queryId, string seriesInstanceUid, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>(StringComparer.Ordinal));
}
