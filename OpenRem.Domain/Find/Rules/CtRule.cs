using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// [H] CT, in order of preference: a dose report (RDSR, ESR, or an SR assumed to be one) alone; else a Philips
/// dose screen described "dose info"; else, with the Toshiba option, first images for the Toshiba extractor;
/// else, when no series has a description, the small series that may be dose screens. A study with descriptions
/// but none of these has nothing of use and is dropped. A leftover non-dose SR series is treated as any other.
/// </summary>
internal sealed class CtRule : ISeriesRule
{
    public async Task<DecisionList> DecideAsync(FindContext context, StudyResponse study)
    {
        var decisions = new DecisionList();
        if (study.Contains(ModalityCodes.Sr))
        {
            var typing = await SrTyping.TypeAsync(context, study).ConfigureAwait(false);
            if (typing.FoundDoseReport)
            {
                return decisions
                    .AddRange(typing.Decisions)
                    .DropAll(study.KeptSeries.Where(series => series.Modality != ModalityCodes.Sr), DropReason.DoseReportPresent(ModalityGroup.Ct))
                    .Record(study, CtDoseSource.DoseReport);
            }
        }

        if (!study.KeptSeries.Any())
        {
            return decisions;
        }

        if (PhilipsDoseInfoRule.DescriptionsAvailable(study) && PhilipsDoseInfoRule.HasDoseInfo(study))
        {
            return decisions.AddRange(PhilipsDoseInfoRule.Decide(study)).Record(study, CtDoseSource.PhilipsDoseInfo);
        }

        if (context.Options.GetToshibaImages)
        {
            var toshiba = await ToshibaPreparation.DecideAsync(context, study).ConfigureAwait(false);
            return decisions.AddRange(toshiba).Record(study, CtDoseSource.ToshibaPrepared);
        }

        return PhilipsDoseInfoRule.DescriptionsAvailable(study)
            ? decisions.Drop(study, DropReason.NoUsableCtInformation)
            : decisions.AddRange(FiveImagesRule.Decide(study)).Record(study, CtDoseSource.MaybePhilips);
    }
}
