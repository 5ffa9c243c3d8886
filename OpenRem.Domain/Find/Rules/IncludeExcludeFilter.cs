using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// The filter semantics shared by the description and station-name filters. A response whose text is absent or
/// empty is always kept. Otherwise an include filter drops it when no term occurs in the text, an exclude filter
/// drops it when any term does.
/// </summary>
internal static class IncludeExcludeFilter
{
    public static bool Drops(string? text, FilterTerms terms, FilterKind kind)
    {
        if (string.IsNullOrEmpty(text) || !terms.IsActive)
        {
            return false;
        }

        var matches = terms.AnyOccursIn(text);
        return kind == FilterKind.Include ? !matches : matches;
    }
}
