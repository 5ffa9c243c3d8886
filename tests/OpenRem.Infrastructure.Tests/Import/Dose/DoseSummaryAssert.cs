using OpenRem.Domain.Imported.Dose;

namespace OpenRem.Infrastructure.Tests.Import.Dose;

/// <summary>Compares two dose summaries part by part, so that a difference names the figure that differs.</summary>
internal static class DoseSummaryAssert
{
    public static void Equal(DoseSummary? expected, DoseSummary? actual)
    {
        if (expected is null || actual is null)
        {
            Assert.Equal(expected, actual);
            return;
        }

        Assert.Equal(expected.ReportTitle, actual.ReportTitle);
        Equal(expected.Ct, actual.Ct);
        Equal(expected.ProjectionXRay, actual.ProjectionXRay);
        Assert.Equal(expected, actual);
    }

    private static void Equal(CtDoseSummary? expected, CtDoseSummary? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is null || actual is null)
        {
            return;
        }

        Assert.Equal(expected.TotalDlp, actual.TotalDlp);
        Assert.Equal(expected.IrradiationEventCount, actual.IrradiationEventCount);
        Assert.Equal(expected.Events, actual.Events);
    }

    private static void Equal(ProjectionXRayDoseSummary? expected, ProjectionXRayDoseSummary? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is null || actual is null)
        {
            return;
        }

        Assert.Equal(expected.Planes, actual.Planes);
        Assert.Equal(expected.IrradiationEventCount, actual.IrradiationEventCount);
        Assert.Equal(expected.AccumulatedAverageGlandularDoses, actual.AccumulatedAverageGlandularDoses);
        Assert.Equal(expected.TotalDap, actual.TotalDap);
        Assert.Equal(expected.TotalFluoroTime, actual.TotalFluoroTime);
        Assert.Equal(expected.ReferencePointDose, actual.ReferencePointDose);
    }
}
