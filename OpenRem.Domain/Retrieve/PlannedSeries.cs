using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Retrieve;

/// <summary>
/// A series to retrieve with its requests, and every response that stands for it (a study split between two
/// groups holds a copy of each series in each response; the series is still retrieved once).
/// </summary>
public sealed record PlannedSeries(string SeriesInstanceUid, IReadOnlyList<SeriesResponse> Responses, IReadOnlyList<RetrieveItem> Items);
