namespace OpenRem.Domain.Queries;

/// <summary>
/// The include and exclude filters of a query. Description filters work on studies; station-name filters work on
/// series unless <see cref="StationNameAtStudyLevel"/> is set (archives may report different station names at
/// the two levels).
/// </summary>
public sealed record StudyFilters
{
    public static StudyFilters None { get; } = new();

    public FilterTerms StudyDescriptionInclude { get; init; } = FilterTerms.None;

    public FilterTerms StudyDescriptionExclude { get; init; } = FilterTerms.None;

    public FilterTerms StationNameInclude { get; init; } = FilterTerms.None;

    public FilterTerms StationNameExclude { get; init; } = FilterTerms.None;

    public bool StationNameAtStudyLevel { get; init; }

    /// <summary>True when any filter has terms.</summary>
    public bool AnyActive =>
        StudyDescriptionInclude.IsActive || StudyDescriptionExclude.IsActive ||
        StationNameInclude.IsActive || StationNameExclude.IsActive;
}
