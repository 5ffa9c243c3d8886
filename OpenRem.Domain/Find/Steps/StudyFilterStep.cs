using OpenRem.Domain.Find.Rules;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Find.Steps;

/// <summary>
/// [E] The study-level filters, before any series query (a filtered study is never asked for its series):
/// description include, description exclude, then, when asked to work at study level, station-name include and
/// exclude. Each counts the studies it removed.
/// </summary>
internal static class StudyFilterStep
{
    public static async Task RunAsync(FindContext context)
    {
        var filters = context.Parameters.Filters;
        var stationAtStudy = filters.StationNameAtStudyLevel;
        if (!filters.StudyDescriptionInclude.IsActive && !filters.StudyDescriptionExclude.IsActive &&
            !(stationAtStudy && (filters.StationNameInclude.IsActive || filters.StationNameExclude.IsActive)))
        {
            return;
        }

        await context.StageAsync(StageTexts.PruningStudies).ConfigureAwait(false);
        var studies = context.Query.Studies;
        context.Counts.StudyDescriptionIncludeRemoved = await RunAsync(context, "study_description", filters.StudyDescriptionInclude, FilterKind.Include,
            () => StudyDescriptionFilter.Decide(studies, filters.StudyDescriptionInclude, FilterKind.Include)).ConfigureAwait(false);
        context.Counts.StudyDescriptionExcludeRemoved = await RunAsync(context, "study_description", filters.StudyDescriptionExclude, FilterKind.Exclude,
            () => StudyDescriptionFilter.Decide(studies, filters.StudyDescriptionExclude, FilterKind.Exclude)).ConfigureAwait(false);
        if (stationAtStudy)
        {
            context.Counts.StationNameIncludeRemoved = await RunAsync(context, "station_name", filters.StationNameInclude, FilterKind.Include,
                () => StationNameFilter.DecideForStudies(studies, filters.StationNameInclude, FilterKind.Include)).ConfigureAwait(false);
            context.Counts.StationNameExcludeRemoved = await RunAsync(context, "station_name", filters.StationNameExclude, FilterKind.Exclude,
                () => StationNameFilter.DecideForStudies(studies, filters.StationNameExclude, FilterKind.Exclude)).ConfigureAwait(false);
        }

        await context.LogAsync(QueryLogLevel.Information, $"Pruning studies based on inc/exc has left {context.Query.KeptStudies.Count()} studies.").ConfigureAwait(false);
    }

    private static async Task<int> RunAsync(
        FindContext context, string field, FilterTerms terms, FilterKind kind, Func<Decisions.DecisionList> decide)
    {
        if (!terms.IsActive)
        {
            return 0;
        }

        await context.StageAsync(StageTexts.Filtering("study", field, kind == FilterKind.Include ? "include" : "exclude", terms.ToString())).ConfigureAwait(false);
        return context.Apply(decide());
    }
}
