using Microsoft.Extensions.Logging;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence.Progress;

namespace OpenRem.Infrastructure.Persistence.Queries;

/// <summary>
/// One run of a stored query: the query with its responses and its nodes, tracked by a database context of its
/// own, and the <see cref="Progress"/> port the phases report to, which writes every change of the query back.
/// Give <see cref="Query"/>, <see cref="RemoteNode"/>, <see cref="StoreNode"/> and <see cref="Progress"/> to the
/// phases, then dispose the session: what is not written yet is written then.
/// </summary>
public sealed class QueryRunSession : IAsyncDisposable
{
    private readonly OpenRemDbContext _db;
    private readonly PersistentQueryProgress _progress;
    private readonly ILogger _logger;

    internal QueryRunSession(OpenRemDbContext db, Query query, RemoteNode? remoteNode, StoreNode? storeNode, PersistentQueryProgress progress, ILogger logger)
    {
        _db = db;
        Query = query;
        RemoteNode = remoteNode;
        StoreNode = storeNode;
        _progress = progress;
        _logger = logger;
    }

    public Query Query { get; }

    /// <summary>The remote node queried; null when it has been deleted since.</summary>
    public RemoteNode? RemoteNode { get; }

    /// <summary>The store node retrieved objects go to; null when it has been deleted since.</summary>
    public StoreNode? StoreNode { get; }

    /// <summary>Where the phases report; it writes the query to the database.</summary>
    public IQueryProgress Progress => _progress;

    /// <summary>Writes whatever changes of the query have not been written yet.</summary>
    public ValueTask FlushAsync(CancellationToken cancellationToken) => _progress.FlushAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _progress.FlushAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            PersistenceLog.FinalWriteFailed(_logger, exception, Query.Id);
        }
        finally
        {
            await _db.DisposeAsync();
        }
    }
}
