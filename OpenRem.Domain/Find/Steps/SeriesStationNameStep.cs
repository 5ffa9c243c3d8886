using OpenRem.Domain.Find.Rules;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Find.Steps;

/// <summary>
/// [H] The station-name filters at series level (the default): include, then exclude, each followed by dropping
/// the studies left without a kept series, which that filter is counted as removing.
/// </summary>
internal static class SeriesStationNameStep
{
    public static async Task RunAsync(FindContext context)
    {
        var filters = context.Parameters.Filters;
        if (filters.StationNameAtStudyLevel)
        {
            return;
        }

        context.Counts.StationNameIncludeRemoved = await RunAsync(context, filters.StationNameInclude, FilterKind.Include).ConfigureAwait(false);
        context.Counts.StationNameExcludeRemoved = await RunAsync(context, filters.StationNameExclude, FilterKind.Exclude).ConfigureAwait(false);
    }

    private static async Task<int> RunAsync(FindContext context, FilterTerms terms, FilterKind kind)
    {
        if (!terms.IsActive)
        {
            return 0;
        }

        await context.StageAsync(StageTexts.Filtering("series", "station_name", kind == FilterKind.Include ? "include" : "exclude", terms.ToString())).ConfigureAwait(false);
        var studies = context.Query.Studies;
        context.Apply(StationNameFilter.DecideForSeries(studies, terms, kind));
        return context.Apply(AllSeriesFilteredRule.Decide(studies));
    }
}
