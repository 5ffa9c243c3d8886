using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// [H] Fluoroscopy (RF, XA): only a dose report (RDSR, ESR, or an SR assumed to be one) is of use, so it alone is
/// retrieved; a study without one is dropped. The SR series are typed even when ModalitiesInStudy lacks SR.
/// </summary>
internal sealed class FluoroscopyRule : ISeriesRule
{
    public async Task<DecisionList> DecideAsync(FindContext context, StudyResponse study)
    {
        var typing = await SrTyping.TypeAsync(context, study).ConfigureAwait(false);
        var decisions = new DecisionList().AddRange(typing.Decisions);
        return typing.FoundDoseReport
            ? decisions.DropAll(study.KeptSeries.Where(series => series.Modality != ModalityCodes.Sr), DropReason.DoseReportPresent(ModalityGroup.Fluoroscopy))
            : decisions.Drop(study, DropReason.NoUsableSr);
    }
}
