using OpenRem.Domain.Retrieve;

namespace OpenRem.Infrastructure.Progress;

/// <summary>
/// A C-MOVE of the query's move phase answered: which study and series, of how many, and the sub-operation counts
/// so far, pending or final. Coalesced: the latest wins.
/// </summary>
public sealed record SeriesMoveProgressed(Guid QueryId, long Sequence, DateTimeOffset At, SeriesMoveProgress Progress)
    : QueryProgressEvent(QueryId, Sequence, At)
{
    internal override bool IsLatestOnly => true;
}
