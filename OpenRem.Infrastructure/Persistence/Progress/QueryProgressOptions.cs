namespace OpenRem.Infrastructure.Persistence.Progress;

/// <summary>How often a running query is written to the database.</summary>
public sealed class QueryProgressOptions
{
    /// <summary>
    /// Changes of stage text, counts and log lines are written at most this often; a change of state (started,
    /// filtered, retrieving, ended) is written at once. Watchers see every change through the publishers.
    /// </summary>
    public TimeSpan WriteInterval { get; set; } = TimeSpan.FromSeconds(1);
}
