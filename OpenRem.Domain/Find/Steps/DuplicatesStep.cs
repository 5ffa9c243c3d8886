using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Find.Rules;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Steps;

/// <summary>[I] Compares every kept study with what was already imported; a study left without series is dropped.</summary>
internal static class DuplicatesStep
{
    public static async Task RunAsync(FindContext context)
    {
        await context.StageAsync(StageTexts.RemovingDuplicates).ConfigureAwait(false);
        await context.StageAsync(StageTexts.CheckingDuplicates).ConfigureAwait(false);
        var query = context.Query;
        var before = query.KeptStudies.Count();
        await context.Lanes.RunAsync(
            context,
            query.KeptStudies.ToList(),
            DuplicateObjectsRule.DecideAsync,
            (study, decisions) =>
            {
                context.Apply(decisions);
                if (!study.KeptSeries.Any())
                {
                    context.Apply(new DecisionList().Drop(study, DropReason.NoSeriesLeftAfterDuplicates));
                }

                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);

        var after = query.KeptStudies.Count();
        context.Counts.AlreadyImportedRemoved = before - after;
        await context.LogAsync(QueryLogLevel.Information, $"Removing duplicates of previous objects removed {before - after}, leaving {after}").ConfigureAwait(false);
    }
}
