namespace OpenRem.Domain.Responses;

/// <summary>How the retrieve of one series went.</summary>
public enum RetrievalStatus
{
    /// <summary>Not part of a retrieve (dropped, or no move run yet).</summary>
    NotRequested,

    /// <summary>Planned, but the retrieve stopped before reaching it.</summary>
    NotAttempted,

    /// <summary>Every request ended with success.</summary>
    Completed,

    /// <summary>The archive answered with a warning, or reported failed or warning sub-operations.</summary>
    CompletedWithWarnings,

    /// <summary>A request failed twice, the second time on a fresh association.</summary>
    Failed,
}
