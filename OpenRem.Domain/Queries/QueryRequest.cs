namespace OpenRem.Domain.Queries;

/// <summary>What the web form, the command line or a schedule asks for; <see cref="Validate"/> before creating a query.</summary>
public sealed record QueryRequest
{
    /// <summary>The remote node to query.</summary>
    public required int RemoteNodeId { get; init; }

    /// <summary>The store node retrieved objects are sent to.</summary>
    public required int StoreNodeId { get; init; }

    public required ModalitySelection Modalities { get; init; }

    public StudyDateWindow Dates { get; init; } = StudyDateWindow.AllDates;

    public StudyFilters Filters { get; init; } = StudyFilters.None;

    public QueryOptions Options { get; init; } = QueryOptions.Default;

    /// <summary>Retrieve the kept responses as soon as the find phase ends (the command line and schedules do).</summary>
    public bool MoveWhenFound { get; init; }

    public QueryOrigin Origin { get; init; } = QueryOrigin.WebForm;

    /// <summary>Who asks: the user's name, or the schedule's name for a scheduled query; null when not known.</summary>
    public string? RequestedBy { get; init; }

    /// <summary>Every reason this request cannot be run on <paramref name="today"/>; empty when it can.</summary>
    public IReadOnlyList<string> Validate(DateOnly today)
    {
        var errors = new List<string>();
        if (Modalities.Validate() is { } modalityError)
        {
            errors.Add(modalityError);
        }

        errors.AddRange(Dates.Validate(today));
        return errors;
    }
}
