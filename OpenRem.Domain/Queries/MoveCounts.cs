using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Queries;

/// <summary>What the move phase planned and how it went, reset at the start of every move.</summary>
public sealed class MoveCounts
{
    public int StudiesPlanned { get; internal set; }

    public int SeriesPlanned { get; internal set; }

    /// <summary>C-MOVE requests planned (one per series, or one per image of a series retrieved by image).</summary>
    public int RequestsPlanned { get; internal set; }

    public int RequestsDone { get; internal set; }

    public int SeriesCompleted { get; internal set; }

    public int SeriesWithWarnings { get; internal set; }

    public int SeriesFailed { get; internal set; }

    public int SeriesNotAttempted { get; internal set; }

    /// <summary>Sub-operations over every request: objects sent, failed, sent with warnings.</summary>
    public SubOperationCounts SubOperations { get; internal set; } = SubOperationCounts.None;

    internal void Reset()
    {
        StudiesPlanned = 0;
        SeriesPlanned = 0;
        RequestsPlanned = 0;
        RequestsDone = 0;
        SeriesCompleted = 0;
        SeriesWithWarnings = 0;
        SeriesFailed = 0;
        SeriesNotAttempted = 0;
        SubOperations = SubOperationCounts.None;
    }
}
