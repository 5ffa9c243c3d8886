using OpenRem.Domain.Find;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;

namespace OpenRem.Domain.Running;

/// <summary>
/// Runs a queued query: the find phase, then, when the request asked for it (command line, schedules) and the find
/// phase ended filtered, the move phase. The web form runs the move phase later, when the user asks.
/// </summary>
public sealed class QueryRunner(FindPhase find, MovePhase move)
{
    /// <summary>
    /// Runs the query; <paramref name="cancellationToken"/> stops it (the query ends cancelled), and when
    /// <paramref name="shutdown"/> is what stopped it, the query ends interrupted.
    /// </summary>
    public async Task<QueryState> RunAsync(Query query, RemoteNode node, StoreNode store, CancellationToken cancellationToken, CancellationToken shutdown = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var state = await find.RunAsync(query, node, cancellationToken, shutdown).ConfigureAwait(false);
        return state == QueryState.Filtered && query.Parameters.MoveWhenFound
            ? await move.RunAsync(query, node, store, cancellationToken, shutdown).ConfigureAwait(false)
            : state;
    }
}
