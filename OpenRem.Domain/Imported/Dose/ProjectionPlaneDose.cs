namespace OpenRem.Domain.Imported.Dose;

/// <summary>
/// The accumulated dose of one acquisition plane of a projection X-ray report (a biplane system reports two).
/// </summary>
/// <param name="Plane">The acquisition plane's name, such as "Single Plane", "Plane A" or "Plane B".</param>
/// <param name="TotalDap">The Dose Area Product Total, in Gy·m².</param>
/// <param name="FluoroDap">The Fluoro Dose Area Product Total, in Gy·m².</param>
/// <param name="AcquisitionDap">The Acquisition Dose Area Product Total, in Gy·m².</param>
/// <param name="TotalFluoroTime">The Total Fluoro Time, in seconds.</param>
/// <param name="TotalAcquisitionTime">The Total Acquisition Time, in seconds.</param>
/// <param name="ReferencePointDose">The Dose (RP) Total, the air kerma at the reference point, in Gy.</param>
public sealed record ProjectionPlaneDose(
    string? Plane,
    decimal? TotalDap,
    decimal? FluoroDap,
    decimal? AcquisitionDap,
    decimal? TotalFluoroTime,
    decimal? TotalAcquisitionTime,
    decimal? ReferencePointDose);
