using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Retrieve;

/// <summary>How one C-MOVE request ended.</summary>
/// <param name="Status">Completed, completed with warnings, or failed.</param>
/// <param name="Counts">The sub-operation totals the archive reported last (0 for any it left out).</param>
/// <param name="Problem">For warnings and failures, the status and its meaning or what went wrong.</param>
/// <param name="ArchiveUnreachable">True when no association could be had, so no further request can succeed now.</param>
internal sealed record MoveAttemptResult(RetrievalStatus Status, SubOperationCounts Counts, string? Problem, bool ArchiveUnreachable = false)
{
    public bool Succeeded => Status is RetrievalStatus.Completed or RetrievalStatus.CompletedWithWarnings;

    public int Attempts { get; init; } = 1;
}
