using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Steps;

/// <summary>The counts that describe the end of the find phase, taken from the responses themselves.</summary>
internal static class FinalCounts
{
    public static void Record(Query query)
    {
        var counts = query.FindCounts;
        var kept = query.KeptStudies.ToList();
        counts.StudiesKept = kept.Count;
        counts.SeriesKept = kept.Sum(study => study.KeptSeries.Count());
        counts.CtWithDoseReport = kept.Count(study => study.CtDoseSource == CtDoseSource.DoseReport);
        counts.CtWithPhilipsDoseInfo = kept.Count(study => study.CtDoseSource == CtDoseSource.PhilipsDoseInfo);
        counts.CtPreparedForToshiba = kept.Count(study => study.CtDoseSource == CtDoseSource.ToshibaPrepared);
        counts.CtMaybePhilips = kept.Count(study => study.CtDoseSource == CtDoseSource.MaybePhilips);
        counts.FluoroscopyWithoutReport = DroppedFor(query, DropCode.NoUsableSr);
        counts.CtWithoutUsableData = DroppedFor(query, DropCode.NoUsableCtInformation);
        counts.SrOnlyWithoutReport = DroppedFor(query, DropCode.NoDoseReport);
    }

    private static int DroppedFor(Query query, DropCode code) =>
        query.Studies.Count(study => study.DropReason?.Code == code);
}
