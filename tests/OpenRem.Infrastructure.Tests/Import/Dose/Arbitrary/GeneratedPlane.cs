namespace OpenRem.Infrastructure.Tests.Import.Dose.Arbitrary;

/// <summary>A generated Accumulated X-Ray Dose Data container: each figure left out when null.</summary>
internal sealed record GeneratedPlane(
    string? Name,
    Figure? TotalDap,
    Figure? FluoroDap,
    Figure? AcquisitionDap,
    Figure? FluoroTime,
    Figure? AcquisitionTime,
    Figure? ReferencePointDose,
    GeneratedGlandularDose[] GlandularDoses);
