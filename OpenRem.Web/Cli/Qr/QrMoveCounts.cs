using OpenRem.Domain.Responses;

namespace OpenRem.Web.Cli.Qr;

/// <summary>The retrieve's counts: what was planned, what was done, how each series ended, and the sub-operation totals.</summary>
internal sealed record QrMoveCounts
{
    public required int StudiesPlanned { get; init; }

    public required int SeriesPlanned { get; init; }

    /// <summary>C-MOVE requests planned (one per series, or one per image of a series retrieved image by image) and sent.</summary>
    public required int RequestsPlanned { get; init; }

    public required int RequestsDone { get; init; }

    public required int SeriesCompleted { get; init; }

    public required int SeriesWithWarnings { get; init; }

    public required int SeriesFailed { get; init; }

    public required int SeriesNotAttempted { get; init; }

    /// <summary>Objects sent, failed and sent with warnings, over every request.</summary>
    public required SubOperationCounts SubOperations { get; init; }

    /// <summary>Objects sent to a store node run by this application (0 for an external store, whose arrivals are not followed).</summary>
    public required int ObjectsExpected { get; init; }

    /// <summary>Of those, the objects that arrived at the store node.</summary>
    public required int ObjectsArrived { get; init; }

    /// <summary>Of those, the objects imported.</summary>
    public required int ObjectsImported { get; init; }
}
