using OpenRem.Dicom;
using OpenRem.Domain.Imported.Dose;

namespace OpenRem.Infrastructure.Import.Dose;

/// <summary>
/// Reads the projection X-ray part of an X-ray dose report (TID 10001): one plane per Accumulated X-Ray Dose Data
/// container of the root (TID 10002, with the accumulated projection and mammography values of TID 10004, 10005 and
/// 10007 as its children), the number of Irradiation Event X-Ray Data containers, and the values of Siemens'
/// radiation summary report as one more plane.
/// </summary>
internal static class ProjectionDoseReader
{
    /// <summary>The projection summary; null when the report has no accumulated X-ray dose, no event and no Siemens summary values.</summary>
    public static ProjectionXRayDoseSummary? Read(DicomDataset report)
    {
        var accumulated = report.ChildrenNamed(DoseConcepts.AccumulatedXRayDoseData).ToList();
        var eventCount = report.ChildrenNamed(DoseConcepts.IrradiationEventXRayData).Count();
        var planes = accumulated.Select(ReadPlane).ToList();
        int? irradiationEventCount = eventCount;
        if (SiemensRadiationSummary.Read(report) is { } siemens)
        {
            planes.Add(siemens);
            irradiationEventCount = eventCount > 0 ? eventCount : null;
        }

        if (planes.Count == 0 && eventCount == 0)
        {
            return null;
        }

        return new ProjectionXRayDoseSummary(planes, irradiationEventCount, [.. accumulated.SelectMany(ReadGlandularDoses)]);
    }

    private static ProjectionPlaneDose ReadPlane(DicomDataset container) =>
        new(
            container.Child(DoseConcepts.AcquisitionPlane)?.ConceptCode()?.Meaning,
            container.Child(DoseConcepts.DoseAreaProductTotal).Number(DoseUnit.GraySquareMetre),
            container.Child(DoseConcepts.FluoroDoseAreaProductTotal).Number(DoseUnit.GraySquareMetre),
            container.Child(DoseConcepts.AcquisitionDoseAreaProductTotal).Number(DoseUnit.GraySquareMetre),
            container.Child(DoseConcepts.TotalFluoroTime).Number(DoseUnit.Second),
            container.Child(DoseConcepts.TotalAcquisitionTime).Number(DoseUnit.Second),
            container.Child(DoseConcepts.DoseRpTotal).Number(DoseUnit.Gray));

    private static IEnumerable<GlandularDose> ReadGlandularDoses(DicomDataset container) =>
        container.ChildrenNamed(DoseConcepts.AccumulatedAverageGlandularDose)
            .Select(dose => new GlandularDose(
                dose.Child(DoseConcepts.Laterality)?.ConceptCode()?.Meaning,
                dose.Number(DoseUnit.Milligray)));
}
