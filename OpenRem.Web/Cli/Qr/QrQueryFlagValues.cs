namespace OpenRem.Web.Cli.Qr;

/// <summary>The values of the <see cref="QrQueryFlags"/> as given: filter terms are still comma-separated text.</summary>
internal sealed record QrQueryFlagValues
{
    public bool Ct { get; init; }

    public bool Mammography { get; init; }

    public bool Fluoroscopy { get; init; }

    public bool Radiography { get; init; }

    public bool NuclearMedicine { get; init; }

    /// <summary><c>-sr</c>: studies holding only structured reports.</summary>
    public bool SrOnly { get; init; }

    /// <summary><c>-e/--desc_exclude</c>: comma-separated terms.</summary>
    public string? StudyDescriptionExclude { get; init; }

    /// <summary><c>-i/--desc_include</c>: comma-separated terms.</summary>
    public string? StudyDescriptionInclude { get; init; }

    /// <summary><c>-sne/--stationname_exclude</c>: comma-separated terms.</summary>
    public string? StationNameExclude { get; init; }

    /// <summary><c>-sni/--stationname_include</c>: comma-separated terms.</summary>
    public string? StationNameInclude { get; init; }

    /// <summary><c>--stationname_study_level</c>: station-name filters at study level instead of series level.</summary>
    public bool StationNameAtStudyLevel { get; init; }

    /// <summary><c>-toshiba</c>: prepare CT studies for the Toshiba dose extractor.</summary>
    public bool GetToshibaImages { get; init; }

    /// <summary><c>-dup</c>: retrieve objects already imported too.</summary>
    public bool RetrieveDuplicates { get; init; }

    /// <summary><c>-emptysr</c>: keep SR series that return nothing at image level.</summary>
    public bool GetEmptySrSeries { get; init; }
}
