namespace OpenRem.Infrastructure.Import;

/// <summary>The retrieving query and the series response an arriving object was moved for.</summary>
internal sealed record ArrivalTarget(Guid QueryId, long SeriesResponseId);
