namespace OpenRem.Infrastructure.Schedules;

/// <summary>What became of one attempt to run a schedule.</summary>
public enum ScheduledRunResult
{
    /// <summary>The schedule's query was created and run (whatever state it ended in).</summary>
    Ran,

    /// <summary>The previous run still holds the claim: nothing was done.</summary>
    Skipped,

    /// <summary>The schedule cannot run (disabled, a node deleted, a request that does not validate); recorded as its last result.</summary>
    NotRun,

    /// <summary>There is no schedule with that ID.</summary>
    NotFound,
}
