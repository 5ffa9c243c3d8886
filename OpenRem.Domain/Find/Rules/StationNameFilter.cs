using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// Include or exclude by terms in the station name: of studies ([E], when asked to work at study level), or of
/// the series of kept studies ([H], the default, since archives often report no station name for a study).
/// </summary>
internal static class StationNameFilter
{
    public static DecisionList DecideForStudies(IEnumerable<StudyResponse> studies, FilterTerms terms, FilterKind kind)
    {
        var decisions = new DecisionList();
        var reason = DropReason.FilterMatched(FilterField.StationName, kind);
        foreach (var study in studies.Where(study => study.IsKept && IncludeExcludeFilter.Drops(study.StationName, terms, kind)))
        {
            decisions.Drop(study, reason);
        }

        return decisions;
    }

    public static DecisionList DecideForSeries(IEnumerable<StudyResponse> studies, FilterTerms terms, FilterKind kind)
    {
        var decisions = new DecisionList();
        var reason = DropReason.FilterMatched(FilterField.StationName, kind);
        var series = studies.Where(study => study.IsKept).SelectMany(study => study.KeptSeries);
        foreach (var each in series.Where(series => IncludeExcludeFilter.Drops(series.StationName, terms, kind)))
        {
            decisions.Drop(each, reason);
        }

        return decisions;
    }
}
