namespace OpenRem.Domain.Queries;

/// <summary>The text an include or exclude filter looks at.</summary>
public enum FilterField
{
    /// <summary>The study description (study level only).</summary>
    StudyDescription,

    /// <summary>The station name, at study level or at series level.</summary>
    StationName,
}
