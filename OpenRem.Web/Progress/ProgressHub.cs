using Microsoft.AspNetCore.SignalR;

namespace OpenRem.Web.Progress;

/// <summary>
/// The live progress of running queries for clients other than the application's own pages, at
/// <c>/hubs/progress</c>. A client calls <see cref="Follow"/> with a query's ID (any number of them),
/// <see cref="FollowAll"/> for every query, <see cref="Unfollow"/> and <see cref="UnfollowAll"/> to stop; it then
/// receives every event of what it follows, in order, once, as the client method <c>progress</c> with one argument,
/// a JSON object (camel case, enumerations as names, absent members left out):
/// <code>
/// { "type": "stageChanged" | "countsChanged" | "ended", "queryId": "…", "sequence": 42, "at": "2024-03-15T10:00:00+00:00",
///   "snapshot": { "queryId": "…", "state": "Querying" | "Filtered" | "Retrieving" | "Done" | "Failed" | "Cancelled" | …,
///                 "stageText": "…", "studiesFound": 3, "studiesKept": 2, "seriesKept": 4,
///                 "moveRequestsDone": 1, "moveRequestsPlanned": 4,
///                 "moveSubOperations": { "completed": 10, "failed": 0, "warning": 0 },
///                 "error": "…", "startedAt": "…", "endedAt": "…", "hasEnded": false } }
/// { "type": "seriesMoveProgressed", "queryId", "sequence", "at",
///   "series": { "studyNumber": 1, "studyCount": 2, "seriesNumber": 1, "seriesCount": 3, "modality": "CT",
///               "expectedObjects": 10, "subOperations": { "completed": 4, "failed": 0, "warning": 0 },
///               "remaining": 6, "isFinal": false } }
/// { "type": "logLineAdded", "queryId", "sequence", "at",
///   "line": { "at": "…", "level": "Debug" | "Information" | "Warning" | "Error", "text": "…", "detail": "…" } }
/// { "type": "resync", "queryId", "sequence", "at" }
/// </code>
/// <c>sequence</c> increases from event to event of a query (with gaps). <c>countsChanged</c> and
/// <c>seriesMoveProgressed</c> are coalesced to a few per second, the latest winning; <c>ended</c> is the last
/// event of a run (done, failed or cancelled). <c>resync</c> means events of the query were dropped because the
/// client fell behind: read the query's state again, then go on with the events that follow.
/// </summary>
public sealed class ProgressHub : Hub
{
    /// <summary>Where the hub is mapped.</summary>
    public const string Path = "/hubs/progress";

    /// <summary>The client method each event is sent to.</summary>
    public const string EventMethod = "progress";

    /// <summary>The group of the connections that follow every query.</summary>
    internal const string AllGroup = "all-queries";

    /// <summary>The group of the connections that follow the query <paramref name="queryId"/> (and not every query).</summary>
    internal static string QueryGroup(Guid queryId) => "query-" + queryId.ToString("N");

    /// <summary>Starts sending the events of the query <paramref name="queryId"/>.</summary>
    public async Task Follow(Guid queryId)
    {
        var following = Following;
        if (following.Queries.Add(queryId) && !following.All)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, QueryGroup(queryId), Context.ConnectionAborted);
        }
    }

    /// <summary>Starts sending the events of every query.</summary>
    public async Task FollowAll()
    {
        var following = Following;
        if (following.All)
        {
            return;
        }

        following.All = true;
        await Groups.AddToGroupAsync(Context.ConnectionId, AllGroup, Context.ConnectionAborted);
        foreach (var queryId in following.Queries)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, QueryGroup(queryId), Context.ConnectionAborted);
        }
    }

    /// <summary>Stops sending the events of the query <paramref name="queryId"/> (unless every query is followed).</summary>
    public async Task Unfollow(Guid queryId)
    {
        var following = Following;
        if (following.Queries.Remove(queryId) && !following.All)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, QueryGroup(queryId), Context.ConnectionAborted);
        }
    }

    /// <summary>Stops following every query; the queries followed one by one are followed again.</summary>
    public async Task UnfollowAll()
    {
        var following = Following;
        if (!following.All)
        {
            return;
        }

        following.All = false;
        foreach (var queryId in following.Queries)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, QueryGroup(queryId), Context.ConnectionAborted);
        }

        await Groups.RemoveFromGroupAsync(Context.ConnectionId, AllGroup, Context.ConnectionAborted);
    }

    /// <summary>What this connection follows (a connection's hub calls run one at a time).</summary>
    private ProgressFollowing Following
    {
        get
        {
            if (Context.Items.TryGetValue(typeof(ProgressFollowing), out var value) && value is ProgressFollowing following)
            {
                return following;
            }

            following = new ProgressFollowing();
            Context.Items[typeof(ProgressFollowing)] = following;
            return following;
        }
    }
}
