using Microsoft.Extensions.Logging;
using OpenRem.Infrastructure.Running;
using Quartz;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>
/// Runs one query (its find phase, and the retrieve when asked) or one retrieve: one fire of this durable job per
/// query, the query's ID and the kind of run in the trigger's data. The run is registered with
/// <see cref="Running.RunningQueries"/> by the runner, so that it can be cancelled, or stopped as interrupted when the
/// application stops.
/// </summary>
public sealed partial class RunQueryJob(StoredQueryRunner runner, ILogger<RunQueryJob> logger) : IJob
{
    public static readonly JobKey Key = new("run-query", "queries");

    internal const string QueryIdKey = "QueryId";
    internal const string KindKey = "Kind";

    /// <summary>The trigger's key for a run of <paramref name="queryId"/>: at most one is waiting or running per query.</summary>
    public static TriggerKey TriggerFor(Guid queryId) => new($"query-{queryId}", "queries");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        if (!Guid.TryParse(data.GetString(QueryIdKey), out var queryId) || !Enum.TryParse<QueryRunKind>(data.GetString(KindKey), out var kind))
        {
            LogBadTrigger(logger, context.Trigger.Key.ToString());
            return;
        }

        try
        {
            await runner.RunAsync(queryId, kind, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The phases end the query failed themselves; this is a failure around them (the database, say).
            LogFailed(logger, exception, queryId, kind);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Query job trigger {Trigger} carries no query ID or kind of run")]
    private static partial void LogBadTrigger(ILogger logger, string trigger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Query {QueryId}: the {Kind} job failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid queryId, QueryRunKind kind);
}
