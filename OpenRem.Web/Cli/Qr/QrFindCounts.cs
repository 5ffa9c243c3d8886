namespace OpenRem.Web.Cli.Qr;

/// <summary>The find phase's counts, step by step in the order the steps run.</summary>
internal sealed record QrFindCounts
{
    /// <summary>Study-level C-FIND requests and the study responses they returned (repeats included).</summary>
    public required int StudyRequests { get; init; }

    public required int StudyResponses { get; init; }

    /// <summary>Study responses dropped for repeating a study already received.</summary>
    public required int InResponseDuplicatesRemoved { get; init; }

    /// <summary>Studies dropped in SR-only mode for holding more than SR.</summary>
    public required int SrOnlyRemoved { get; init; }

    public required int StudyDescriptionIncludeRemoved { get; init; }

    public required int StudyDescriptionExcludeRemoved { get; init; }

    public required int StationNameIncludeRemoved { get; init; }

    public required int StationNameExcludeRemoved { get; init; }

    /// <summary>Series-level C-FIND requests and the series responses they returned.</summary>
    public required int SeriesRequests { get; init; }

    public required int SeriesResponses { get; init; }

    /// <summary>Extra study responses made for studies of several modality groups.</summary>
    public required int GroupCopies { get; init; }

    /// <summary>Studies dropped for holding no modality asked for.</summary>
    public required int UnwantedModalitiesRemoved { get; init; }

    /// <summary>Image-level C-FIND requests and the image responses they returned.</summary>
    public required int ImageRequests { get; init; }

    public required int ImageResponses { get; init; }

    /// <summary>Studies dropped by the series rules, with three of their reasons counted apart.</summary>
    public required int SeriesRulesRemoved { get; init; }

    public required int FluoroscopyWithoutDoseReport { get; init; }

    public required int CtWithoutUsableData { get; init; }

    public required int SrOnlyWithoutDoseReport { get; init; }

    /// <summary>Kept CT studies by what will be retrieved for them.</summary>
    public required int CtWithDoseReport { get; init; }

    public required int CtWithPhilipsDoseInfo { get; init; }

    public required int CtPreparedForToshiba { get; init; }

    public required int CtMaybePhilips { get; init; }

    /// <summary>Studies dropped because everything in them was already imported.</summary>
    public required int AlreadyImportedRemoved { get; init; }

    /// <summary>What is left to retrieve.</summary>
    public required int StudiesKept { get; init; }

    public required int SeriesKept { get; init; }
}
