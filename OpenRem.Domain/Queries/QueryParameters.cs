namespace OpenRem.Domain.Queries;

/// <summary>
/// What a query was asked for, fixed when it was created, with the date keys it sends, where the request came from
/// (<paramref name="Origin"/>) and who made it (<paramref name="RequestedBy"/>: a user's or a schedule's name, if known).
/// </summary>
public sealed record QueryParameters(
    ModalitySelection Modalities,
    StudyDateWindow Dates,
    StudyDateKeys DateKeys,
    StudyFilters Filters,
    QueryOptions Options,
    bool MoveWhenFound,
    QueryOrigin Origin,
    string? RequestedBy = null)
{
    /// <summary>For the database mapping, which sets each property from its columns.</summary>
    private QueryParameters()
        : this(null!, null!, null!, null!, null!, false, default)
    {
    }

    /// <summary>The parameters of <paramref name="request"/> run on <paramref name="today"/>.</summary>
    public static QueryParameters From(QueryRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new QueryParameters(
            request.Modalities,
            request.Dates,
            request.Dates.ToKeys(today),
            request.Filters,
            request.Options,
            request.MoveWhenFound,
            request.Origin,
            string.IsNullOrWhiteSpace(request.RequestedBy) ? null : request.RequestedBy.Trim());
    }

    /// <summary>One line for the query's log.</summary>
    public string Describe()
    {
        var parts = new List<string>
        {
            "Dates " + DateKeys.Text,
            "modalities " + Modalities,
            "remove duplicates " + Options.RemoveDuplicates,
            "Toshiba images " + Options.GetToshibaImages,
            "empty SR series " + Options.GetEmptySrSeries,
        };
        AddFilter(parts, "description include", Filters.StudyDescriptionInclude);
        AddFilter(parts, "description exclude", Filters.StudyDescriptionExclude);
        AddFilter(parts, "station name include", Filters.StationNameInclude);
        AddFilter(parts, "station name exclude", Filters.StationNameExclude);
        if (Filters.StationNameInclude.IsActive || Filters.StationNameExclude.IsActive)
        {
            parts.Add("station names checked at " + (Filters.StationNameAtStudyLevel ? "study" : "series") + " level");
        }

        return string.Join("; ", parts) + ".";
    }

    private static void AddFilter(List<string> parts, string name, FilterTerms terms)
    {
        if (terms.IsActive)
        {
            parts.Add($"{name} '{terms}'");
        }
    }
}
