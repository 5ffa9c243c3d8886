namespace OpenRem.Domain.Queries;

/// <summary>Whether a filter keeps only what matches or removes what matches.</summary>
public enum FilterKind
{
    Include,
    Exclude,
}
