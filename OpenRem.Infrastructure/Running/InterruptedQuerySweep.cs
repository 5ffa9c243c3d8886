using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Progress;

namespace OpenRem.Infrastructure.Running;

/// <summary>
/// At start-up, before any job runs: every query the database still shows queued, querying or retrieving was left so
/// by a process that stopped or died, since no run survives its process. Each is marked interrupted (see
/// <see cref="Query.Interrupt"/>), with a line in its log, so that the user sees it and can resume its retrieve.
/// </summary>
public sealed partial class InterruptedQuerySweep(IDbContextFactory<OpenRemDbContext> databases, TimeProvider time, ILogger<InterruptedQuerySweep> logger)
{
    /// <summary>Marks every query left running as interrupted; returns their IDs.</summary>
    public async Task<IReadOnlyList<Guid>> RunAsync(CancellationToken cancellationToken)
    {
        var database = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (database.ConfigureAwait(false))
        {
            var running = await database.Queries
                .Where(query => query.State == QueryState.Queued || query.State == QueryState.Querying || query.State == QueryState.Retrieving)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            var now = time.GetUtcNow();
            foreach (var query in running)
            {
                var was = query.State;
                query.Interrupt(now, StopReasons.ApplicationStopped);
                database.QueryLog.Add(new QueryLogEntry(query.Id, new QueryLogLine(now, QueryLogLevel.Warning, $"{StopReasons.ApplicationStopped} It was {was}; it is now marked interrupted.")));
                LogInterrupted(logger, query.Id, was);
            }

            await database.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return [.. running.Select(query => query.Id)];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Query {QueryId} was left {State} when the application stopped; marked interrupted")]
    private static partial void LogInterrupted(ILogger logger, Guid queryId, QueryState state);
}
