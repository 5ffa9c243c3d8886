namespace OpenRem.Infrastructure.Tests.Import.Dose.Arbitrary;

/// <summary>A generated Accumulated Average Glandular Dose with its laterality (left out when null).</summary>
internal sealed record GeneratedGlandularDose(string? Laterality, Figure Dose);
