namespace OpenRem.Domain.Ports;

/// <summary>What has reached the store nodes run by this application for a query's retrieve.</summary>
public interface IRetrieveArrivals
{
    /// <summary>Per series instance UID, the objects of <paramref name="queryId"/>'s retrieve that arrived so far, and how many of them were imported.</summary>
    Task<IReadOnlyDictionary<string, ArrivalCount>> CountAsync(Guid queryId, CancellationToken cancellationToken);

    /// <summary>The SOP instance UIDs of the series <paramref name="seriesInstanceUid"/> that arrived so far for <paramref name="queryId"/>'s retrieve.</summary>
    Task<IReadOnlySet<string>> ArrivedAsync(Guid queryId, string seriesInstanceUid, CancellationToken cancellationToken);
}
