namespace OpenRem.Domain.Imported.Dose;

/// <summary>An accumulated average glandular dose of a mammography report, for one breast or both.</summary>
/// <param name="Laterality">Which breast, as the report names it: "Left breast", "Right breast" or "Both breasts".</param>
/// <param name="AverageGlandularDose">The Accumulated Average Glandular Dose, in mGy.</param>
public sealed record GlandularDose(string? Laterality, decimal? AverageGlandularDose);
