using CsCheck;
using OpenRem.Infrastructure.Import.Dose;
using OpenRem.Infrastructure.Tests.Import.Dose.Arbitrary;

namespace OpenRem.Infrastructure.Tests.Import.Dose;

/// <summary>What holds for any report: generated well-formed ones read back their figures, hostile ones never throw.</summary>
public sealed class DoseReportReaderPropertyTests
{
    [Fact]
    public void A_well_formed_report_reads_back_its_figures_in_the_summary_units() =>
        GeneratedReports.Reports.Sample(
            report => DoseSummaryAssert.Equal(report.Expected(), DoseReportReader.Read(report.Build())),
            iter: 300);

    [Fact]
    public void A_hostile_tree_never_makes_the_reader_throw_and_what_it_reads_is_consistent() =>
        HostileTrees.Reports.Sample(
            report =>
            {
                var summary = DoseReportReader.Read(report.Build());
                if (summary?.Ct is { } ct)
                {
                    Assert.Equal(report.RootChildren(HostileTrees.CtAcquisition), ct.Events.Count);
                    Assert.True(ct.IrradiationEventCount >= 0);
                }

                var planes = report.RootChildren(HostileTrees.AccumulatedXRayDoseData) + (report.HasSiemensSummaryValues ? 1 : 0);
                var events = report.RootChildren(HostileTrees.IrradiationEventXRayData);
                if (summary?.ProjectionXRay is { } projection)
                {
                    Assert.Equal(planes, projection.Planes.Count);
                    Assert.Equal(report.HasSiemensSummaryValues && events == 0 ? null : events, projection.IrradiationEventCount);
                    Assert.Equal(HostileTrees.SumWherePresent(projection.Planes.Select(p => p.TotalDap)), projection.TotalDap);
                    Assert.Equal(HostileTrees.SumWherePresent(projection.Planes.Select(p => p.TotalFluoroTime)), projection.TotalFluoroTime);
                    Assert.Equal(HostileTrees.SumWherePresent(projection.Planes.Select(p => p.ReferencePointDose)), projection.ReferencePointDose);
                }
                else if (summary is not null)
                {
                    Assert.Equal(0, planes + events);
                }
            },
            iter: 1000);
}
