using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>[E] Include or exclude studies by terms in their study description.</summary>
internal static class StudyDescriptionFilter
{
    public static DecisionList Decide(IEnumerable<StudyResponse> studies, FilterTerms terms, FilterKind kind)
    {
        var decisions = new DecisionList();
        var reason = DropReason.FilterMatched(FilterField.StudyDescription, kind);
        foreach (var study in studies.Where(study => study.IsKept && IncludeExcludeFilter.Drops(study.StudyDescription, terms, kind)))
        {
            decisions.Drop(study, reason);
        }

        return decisions;
    }
}
