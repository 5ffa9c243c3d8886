namespace OpenRem.Domain.Find.Rules;

/// <summary>The SOP classes found in the series typed, and whether an empty SR series is assumed to be a dose report.</summary>
internal sealed record SeriesTypingResult(IReadOnlySet<string> SopClasses, bool EmptySeriesAssumedDoseReport);
