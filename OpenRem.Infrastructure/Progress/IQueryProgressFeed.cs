namespace OpenRem.Infrastructure.Progress;

/// <summary>The live progress of running queries, for pages, the hub and the command line.</summary>
public interface IQueryProgressFeed
{
    /// <summary>
    /// Starts delivering the events of the query <paramref name="queryId"/> (of every query when null) to a new
    /// subscription; dispose it to stop.
    /// </summary>
    IQueryProgressSubscription Subscribe(Guid? queryId);
}
