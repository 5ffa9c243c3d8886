using OpenRem.Domain.Queries;

namespace OpenRem.Infrastructure.Persistence.Queries;

/// <summary>One row of the query history, without the responses.</summary>
public sealed record QuerySummary(
    Guid Id,
    DateTimeOffset CreatedAt,
    QueryState State,
    string StageText,
    string RemoteNodeName,
    int? RemoteNodeId,
    string StoreNodeName,
    int? StoreNodeId,
    ModalitySelection Modalities,
    string Dates,
    QueryOrigin Origin,
    string? RequestedBy,
    int StudiesKept,
    int SeriesKept,
    DateTimeOffset? FindEndedAt,
    DateTimeOffset? MoveEndedAt,
    string? Error);
