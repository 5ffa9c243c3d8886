using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// [H] SR-only mode: a study without a dose report (RDSR, ESR, or an SR assumed to be one) is dropped. (Studies
/// holding anything but SR were already dropped by <see cref="SrOnlyStudyRule"/>, from the series if need be.)
/// </summary>
internal sealed class SrOnlySeriesRule : ISeriesRule
{
    public async Task<DecisionList> DecideAsync(FindContext context, StudyResponse study)
    {
        var typing = await SrTyping.TypeAsync(context, study).ConfigureAwait(false);
        var decisions = new DecisionList().AddRange(typing.Decisions);
        return typing.FoundDoseReport ? decisions : decisions.Drop(study, DropReason.NoDoseReport);
    }
}
