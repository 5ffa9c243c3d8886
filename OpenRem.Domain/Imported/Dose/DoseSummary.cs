namespace OpenRem.Domain.Imported.Dose;

/// <summary>
/// The accumulated dose a radiation dose report gives: CT figures, projection X-ray figures, or both (a report may
/// hold either; a PET/CT's X-ray report holds CT). Values a report leaves out or gives in a unit that is not known
/// are null.
/// </summary>
/// <param name="ReportTitle">The code meaning of the report's title (its root concept name), such as "X-Ray Radiation Dose Report".</param>
/// <param name="Ct">The CT accumulated dose and events; null when the report holds no CT dose data.</param>
/// <param name="ProjectionXRay">The projection X-ray (fluoroscopy, radiography, mammography) accumulated dose; null when the report holds none.</param>
public sealed record DoseSummary(string? ReportTitle, CtDoseSummary? Ct, ProjectionXRayDoseSummary? ProjectionXRay);
