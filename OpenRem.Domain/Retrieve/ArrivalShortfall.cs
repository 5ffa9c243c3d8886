namespace OpenRem.Domain.Retrieve;

/// <summary>A moved series whose objects did not all reach the store node, or were not all imported.</summary>
internal sealed record ArrivalShortfall(PlannedSeries Series, int Expected, int Arrived, int Imported);
