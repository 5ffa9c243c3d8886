using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Find.Steps;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// Finds the dose report among a study's SR series. An RDSR wins; else an Enhanced SR; else an SR series that
/// returned nothing, when the user chose to assume those are dose reports. Where an RDSR (or ESR) is found, only
/// objects of that class are kept among the SR series: a series without one is dropped, a mixed series is
/// retrieved image by image. Comprehensive, 3D, patient-dose and basic text SRs are not dose reports here.
/// </summary>
internal static class SrTyping
{
    public static async Task<SrTypingResult> TypeAsync(FindContext context, StudyResponse study)
    {
        var typed = await SeriesTyping.TypeAsync(context, study, ModalityCodes.Sr, InstanceSelection.All).ConfigureAwait(false);
        if (typed.SopClasses.Contains(SopClassUids.XRayRadiationDoseSr))
        {
            return new SrTypingResult(
                DoseReportKind.RadiationDoseSr,
                KeepOnly(study, SopClassUids.XRayRadiationDoseSr, DropReason.OtherSrThanRdsr));
        }

        if (typed.SopClasses.Contains(SopClassUids.EnhancedSr))
        {
            return new SrTypingResult(
                DoseReportKind.EnhancedSr,
                KeepOnly(study, SopClassUids.EnhancedSr, DropReason.OtherSrThanEsr));
        }

        return typed.EmptySeriesAssumedDoseReport
            ? new SrTypingResult(DoseReportKind.AssumedFromEmptySeries, DecisionList.None)
            : new SrTypingResult(DoseReportKind.None, DecisionList.None);
    }

    private static DecisionList KeepOnly(StudyResponse study, string sopClass, DropReason reason)
    {
        var decisions = new DecisionList();
        foreach (var series in study.KeptSeriesOf(ModalityCodes.Sr))
        {
            var others = series.KeptImages.Where(image => image.SopClassUid != sopClass).ToList();
            if (others.Count == series.KeptImages.Count())
            {
                decisions.Drop(series, reason);
            }
            else if (others.Count > 0)
            {
                decisions.MoveByImage(series);
                foreach (var image in others)
                {
                    decisions.Drop(image, reason);
                }
            }
        }

        return decisions;
    }
}
