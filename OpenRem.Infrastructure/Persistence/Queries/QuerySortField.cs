namespace OpenRem.Infrastructure.Persistence.Queries;

/// <summary>What a list of queries is sorted by.</summary>
public enum QuerySortField
{
    /// <summary>When the query was created (the default, newest first).</summary>
    CreatedAt,

    /// <summary>The state's name.</summary>
    State,

    /// <summary>The remote node's name (kept after the node is deleted).</summary>
    RemoteNodeName,

    /// <summary>How many studies the find phase kept.</summary>
    StudiesKept,
}
