namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// The values of one <c>qr</c> command line as given, before validation: dates, times and filter terms are still
/// text, so that they are checked in the reference's order by <see cref="QrRequestFactory"/>.
/// </summary>
internal sealed record QrArguments
{
    /// <summary>Database ID of the remote (query-retrieve) node.</summary>
    public required int RemoteNodeId { get; init; }

    /// <summary>Database ID of the store node the objects are sent to.</summary>
    public required int StoreNodeId { get; init; }

    public bool Ct { get; init; }

    public bool Mammography { get; init; }

    public bool Fluoroscopy { get; init; }

    public bool Radiography { get; init; }

    public bool NuclearMedicine { get; init; }

    /// <summary><c>-sr</c>: studies holding only structured reports.</summary>
    public bool SrOnly { get; init; }

    /// <summary><c>-f/--dfrom</c>, as typed.</summary>
    public string? DateFrom { get; init; }

    /// <summary><c>-t/--duntil</c>, as typed.</summary>
    public string? DateUntil { get; init; }

    /// <summary><c>-sd/--single_date</c>, as typed.</summary>
    public string? SingleDate { get; init; }

    /// <summary><c>-tf/--tfrom</c>, as typed.</summary>
    public string? TimeFrom { get; init; }

    /// <summary><c>-tt/--tuntil</c>, as typed.</summary>
    public string? TimeUntil { get; init; }

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

    /// <summary><c>--query-only</c>: stop after the find phase.</summary>
    public bool QueryOnly { get; init; }

    /// <summary><c>--json</c>: the final summary as one JSON object.</summary>
    public bool Json { get; init; }

    /// <summary>The values of the options <c>qr</c> shares with <c>schedules add</c>.</summary>
    public QrQueryFlagValues QueryFlags => new()
    {
        Ct = Ct,
        Mammography = Mammography,
        Fluoroscopy = Fluoroscopy,
        Radiography = Radiography,
        NuclearMedicine = NuclearMedicine,
        SrOnly = SrOnly,
        StudyDescriptionExclude = StudyDescriptionExclude,
        StudyDescriptionInclude = StudyDescriptionInclude,
        StationNameExclude = StationNameExclude,
        StationNameInclude = StationNameInclude,
        StationNameAtStudyLevel = StationNameAtStudyLevel,
        GetToshibaImages = GetToshibaImages,
        RetrieveDuplicates = RetrieveDuplicates,
        GetEmptySrSeries = GetEmptySrSeries,
    };
}
