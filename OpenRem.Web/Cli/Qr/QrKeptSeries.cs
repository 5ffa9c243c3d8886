using OpenRem.Domain.Responses;

namespace OpenRem.Web.Cli.Qr;

/// <summary>A series kept for retrieval and how its retrieve went.</summary>
internal sealed record QrKeptSeries
{
    public required string SeriesInstanceUid { get; init; }

    public required string Modality { get; init; }

    public required int? SeriesNumber { get; init; }

    /// <summary>Null when the series is retrieved whole; otherwise the number of images retrieved one by one.</summary>
    public required int? ImagesRetrievedIndividually { get; init; }

    public required RetrievalStatus Retrieval { get; init; }

    public required SubOperationCounts SubOperations { get; init; }

    /// <summary>C-MOVE attempts made for the series (a failed request is retried once).</summary>
    public required int Attempts { get; init; }

    /// <summary>Objects sent for it to a store node run by this application; null when arrivals are not followed.</summary>
    public required int? ObjectsExpected { get; init; }

    /// <summary>Of those, the objects that arrived; null when not followed.</summary>
    public required int? ObjectsArrived { get; init; }

    /// <summary>Of those, the objects imported; null when not followed.</summary>
    public required int? ObjectsImported { get; init; }

    /// <summary>What went wrong, when the retrieve was not clean.</summary>
    public required string? Problem { get; init; }
}
