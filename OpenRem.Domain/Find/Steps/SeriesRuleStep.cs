using OpenRem.Domain.Find.Rules;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Steps;

/// <summary>
/// [H] Applies to every kept study the series rule of its group, then drops the studies left without a kept series.
/// </summary>
internal static class SeriesRuleStep
{
    public static async Task RunAsync(FindContext context, IReadOnlyDictionary<ModalityGroup, ISeriesRule> rules)
    {
        await context.StageAsync(StageTexts.PruningSeries).ConfigureAwait(false);
        await context.StageAsync(StageTexts.GettingSeriesAndImages).ConfigureAwait(false);
        var query = context.Query;
        var before = query.KeptStudies.Count();
        await context.Lanes.RunAsync(
            context,
            query.KeptStudies.ToList(),
            (lane, study) => RuleOf(rules, study).DecideAsync(lane, study),
            (_, decisions) =>
            {
                context.Apply(decisions);
                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);

        context.Apply(EmptyStudyRule.Decide(query.Studies));
        var after = query.KeptStudies.Count();
        context.Counts.SeriesRulesRemoved = before - after;
        await context.LogAsync(QueryLogLevel.Information, $"Pruning series responses removed {before - after} studies, leaving {after} studies").ConfigureAwait(false);
    }

    private static ISeriesRule RuleOf(IReadOnlyDictionary<ModalityGroup, ISeriesRule> rules, StudyResponse study) =>
        rules[study.Group ?? throw new InvalidOperationException("A kept study reached the series rules without a group.")];
}
