namespace OpenRem.Infrastructure.Persistence.Queries;

/// <summary>Opens stored queries for running (see <see cref="QueryRunSession"/>).</summary>
public interface IQueryRunSessions
{
    /// <summary>The query with <paramref name="queryId"/>, ready to run; null when there is none.</summary>
    Task<QueryRunSession?> OpenAsync(Guid queryId, CancellationToken cancellationToken);
}
