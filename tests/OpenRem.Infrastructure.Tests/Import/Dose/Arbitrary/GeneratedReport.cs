using OpenRem.Dicom;
using OpenRem.Domain.Imported.Dose;
using static OpenRem.Infrastructure.Tests.Import.Dose.SrTree;

namespace OpenRem.Infrastructure.Tests.Import.Dose.Arbitrary;

/// <summary>
/// A generated well-formed X-ray dose report: optional CT part, planes, a number of projection event containers, and
/// items the reader must pass over (private NUMs, text, observer context) before every part.
/// </summary>
internal sealed record GeneratedReport(GeneratedCt? Ct, GeneratedPlane[] Planes, int ProjectionEvents)
{
    private static readonly SrTreeCode Noise = new("999001", "99NOISE", "Private figure");

    public DicomDataset Build()
    {
        var content = new List<DicomDataset>(NoiseItems());
        if (Ct is { } ct)
        {
            if (ct.HasAccumulated)
            {
                content.Add(Container("113811", [.. NoiseItems(), .. Item("113812", ct.StatedEventCount?.ToString(System.Globalization.CultureInfo.InvariantCulture), "{events}"), .. Item("113813", ct.TotalDlp)]));
            }

            content.AddRange(ct.Events.Select(BuildEvent));
        }

        content.AddRange(Planes.Select(BuildPlane));
        content.AddRange(Enumerable.Range(0, ProjectionEvents).Select(_ => Container("113706", [.. NoiseItems(), Plane("Single Plane")])));
        return DoseReport([.. content]);
    }

    /// <summary>What the reader should give, worked out from the generated figures.</summary>
    public DoseSummary Expected()
    {
        CtDoseSummary? ct = null;
        if (Ct is { } generated && (generated.HasAccumulated || generated.Events.Length > 0))
        {
            ct = new CtDoseSummary(
                generated.HasAccumulated ? generated.TotalDlp?.Expected : null,
                (generated.HasAccumulated ? generated.StatedEventCount : null) ?? generated.Events.Length,
                [.. generated.Events.Select(e => new CtIrradiationEventDose(e.Uid, e.Protocol, e.CtdiVol?.Expected, e.Dlp?.Expected))]);
        }

        var projection = Planes.Length == 0 && ProjectionEvents == 0
            ? null
            : new ProjectionXRayDoseSummary(
                [.. Planes.Select(p => new ProjectionPlaneDose(
                    p.Name, p.TotalDap?.Expected, p.FluoroDap?.Expected, p.AcquisitionDap?.Expected, p.FluoroTime?.Expected, p.AcquisitionTime?.Expected, p.ReferencePointDose?.Expected))],
                ProjectionEvents,
                [.. Planes.SelectMany(p => p.GlandularDoses).Select(g => new GlandularDose(g.Laterality, g.Dose.Expected))]);
        return new DoseSummary(XRayDoseReportTitle.Meaning, ct, projection);
    }

    private static DicomDataset BuildEvent(GeneratedCtEvent e)
    {
        List<DicomDataset> children = [.. NoiseItems()];
        if (e.Protocol is not null)
        {
            children.Add(Text("125203", e.Protocol));
        }

        if (e.Uid is not null)
        {
            children.Add(UidRef("113769", e.Uid));
        }

        children.Add(Container("113829", [.. NoiseItems(), .. Item("113830", e.CtdiVol), .. Item("113838", e.Dlp)]));
        return Container("113819", [.. children]);
    }

    private static DicomDataset BuildPlane(GeneratedPlane p)
    {
        List<DicomDataset> children = [.. NoiseItems()];
        if (p.Name is not null)
        {
            children.Add(Plane(p.Name));
        }

        children.AddRange(Item("113722", p.TotalDap));
        children.AddRange(Item("113726", p.FluoroDap));
        children.AddRange(Item("113727", p.AcquisitionDap));
        children.AddRange(Item("113730", p.FluoroTime));
        children.AddRange(Item("113855", p.AcquisitionTime));
        children.AddRange(Item("113725", p.ReferencePointDose));
        children.AddRange(p.GlandularDoses.Select(g =>
            g.Laterality is null ? Num("111637", g.Dose.Text, g.Dose.Unit.Code) : Num("111637", g.Dose.Text, g.Dose.Unit.Code).WithChildren(Laterality(g.Laterality))));
        return Container("113702", [.. children]);
    }

    private static IEnumerable<DicomDataset> Item(string code, Figure? figure) =>
        figure is null ? [] : [Num(code, figure.Text, figure.Unit.Code)];

    private static IEnumerable<DicomDataset> Item(string code, string? value, string unit) =>
        value is null ? [] : [Num(code, value, unit)];

    private static IEnumerable<DicomDataset> NoiseItems() =>
        [Num(Noise, "1", "Gy"), Text("121106", "Comment"), CodeItem(new("121005", "DCM", "Observer Type"), new("121007", "DCM", "Device"), "HAS OBS CONTEXT")];
}
