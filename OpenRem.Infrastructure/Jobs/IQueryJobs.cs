using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Running;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>Starts queries and retrieves as background jobs, and cancels them.</summary>
public interface IQueryJobs
{
    /// <summary>
    /// Creates the query <paramref name="request"/> asks for, stores it and starts its job; returns its ID.
    /// </summary>
    /// <exception cref="ArgumentException">The request is not valid, or a node it names does not exist; the message says why.</exception>
    Task<Guid> SubmitAsync(QueryRequest request, CancellationToken cancellationToken);

    /// <summary>Starts a job that runs <paramref name="kind"/> of the stored query <paramref name="queryId"/>.</summary>
    /// <exception cref="QueryTransitionException">The query is already waiting or running.</exception>
    Task StartAsync(Guid queryId, QueryRunKind kind, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels the query: a running one is told to stop (C-CANCEL, then release) and ends cancelled with what it
    /// had done; one still waiting for its job ends cancelled at once. False when the query has already ended or
    /// does not exist.
    /// </summary>
    Task<bool> CancelAsync(Guid queryId, CancellationToken cancellationToken);

    /// <summary>True while a job of this process runs the query.</summary>
    bool IsRunning(Guid queryId);
}
