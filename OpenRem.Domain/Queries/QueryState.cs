namespace OpenRem.Domain.Queries;

/// <summary>Where a query is in its life.</summary>
public enum QueryState
{
    /// <summary>Created, waiting for the find phase to start.</summary>
    Queued,

    /// <summary>The find phase is asking the remote archive and applying the rules.</summary>
    Querying,

    /// <summary>The find phase finished: the kept responses wait to be retrieved.</summary>
    Filtered,

    /// <summary>The move phase is retrieving the kept responses.</summary>
    Retrieving,

    /// <summary>Every planned retrieve request succeeded (warnings included).</summary>
    Done,

    /// <summary>The find or the move phase failed; <see cref="Query.Error"/> says why.</summary>
    Failed,

    /// <summary>Stopped by the user.</summary>
    Cancelled,

    /// <summary>
    /// Stopped because the application stopped (or died) while the query was queued or running; a retrieve that was
    /// under way can be resumed (<see cref="Query.WhyResumeIsImpossible"/>).
    /// </summary>
    Interrupted,
}
