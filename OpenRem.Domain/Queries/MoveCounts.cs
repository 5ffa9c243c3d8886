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

    /// <summary>Objects the archive reported sent to a store node run by this application (completed and warning sub-operations).</summary>
    public int ObjectsExpected { get; internal set; }

    /// <summary>Of those, the objects that reached the store node.</summary>
    public int ObjectsArrived { get; internal set; }

    /// <summary>Of those, the objects that were imported.</summary>
    public int ObjectsImported { get; internal set; }

    internal void Reset()
    {
        ObjectsExpected = 0;
        ObjectsArrived = 0;
        ObjectsImported = 0;
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
