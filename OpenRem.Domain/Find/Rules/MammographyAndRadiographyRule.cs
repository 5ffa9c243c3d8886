using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// [H] Mammography (MG) and radiography (DX, CR, PX): when the study holds SR, an RDSR (or an SR assumed to be
/// one) is retrieved instead of the images; with no RDSR the SR series are dropped and the images retrieved (the
/// importers read dose from the images; an Enhanced SR is no use here). Without SR, every series is retrieved.
/// </summary>
internal sealed class MammographyAndRadiographyRule(ModalityGroup group) : ISeriesRule
{
    public async Task<DecisionList> DecideAsync(FindContext context, StudyResponse study)
    {
        var decisions = new DecisionList();
        if (!study.Contains(ModalityCodes.Sr))
        {
            return decisions;
        }

        var typing = await SrTyping.TypeAsync(context, study).ConfigureAwait(false);
        decisions.AddRange(typing.Decisions);
        if (typing.Kind is DoseReportKind.RadiationDoseSr or DoseReportKind.AssumedFromEmptySeries)
        {
            decisions.DropAll(study.KeptSeries.Where(series => series.Modality != ModalityCodes.Sr), DropReason.DoseReportPresent(group));
        }
        else
        {
            decisions.DropAll(study.KeptSeriesOf(ModalityCodes.Sr), DropReason.NoDoseReportSrIgnored);
        }

        return decisions;
    }
}
