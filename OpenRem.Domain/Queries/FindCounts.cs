namespace OpenRem.Domain.Queries;

/// <summary>What the find phase asked for, received and removed at each step.</summary>
public sealed class FindCounts
{
    /// <summary>C-FIND calls made at study, series and image level.</summary>
    public int StudyRequests { get; internal set; }

    public int SeriesRequests { get; internal set; }

    public int ImageRequests { get; internal set; }

    /// <summary>Study responses received (duplicates included).</summary>
    public int StudyMatches { get; internal set; }

    public int SeriesMatches { get; internal set; }

    public int ImageMatches { get; internal set; }

    /// <summary>Study responses that repeated a study already received.</summary>
    public int InResponseDuplicates { get; internal set; }

    /// <summary>Studies removed because they held more than SR (SR-only mode).</summary>
    public int SrOnlyRemoved { get; internal set; }

    public int StudyDescriptionIncludeRemoved { get; internal set; }

    public int StudyDescriptionExcludeRemoved { get; internal set; }

    public int StationNameIncludeRemoved { get; internal set; }

    public int StationNameExcludeRemoved { get; internal set; }

    /// <summary>Extra responses made for studies of several modality groups (one per extra group).</summary>
    public int GroupCopies { get; internal set; }

    /// <summary>Studies removed because they held no modality asked for.</summary>
    public int UnwantedModalitiesRemoved { get; internal set; }

    /// <summary>Studies removed by the series rules (including those left without series).</summary>
    public int SeriesRulesRemoved { get; internal set; }

    /// <summary>Fluoroscopy studies removed for want of a dose report.</summary>
    public int FluoroscopyWithoutReport { get; internal set; }

    /// <summary>CT studies removed for want of a dose report, dose image or Toshiba option.</summary>
    public int CtWithoutUsableData { get; internal set; }

    /// <summary>SR-only studies removed for want of an RDSR or ESR.</summary>
    public int SrOnlyWithoutReport { get; internal set; }

    /// <summary>Kept CT studies, at the end, by what they will be retrieved for.</summary>
    public int CtWithDoseReport { get; internal set; }

    public int CtWithPhilipsDoseInfo { get; internal set; }

    public int CtPreparedForToshiba { get; internal set; }

    public int CtMaybePhilips { get; internal set; }

    /// <summary>Studies removed because everything in them was already imported.</summary>
    public int AlreadyImportedRemoved { get; internal set; }

    /// <summary>Studies, series and individually retrieved images kept at the end.</summary>
    public int StudiesKept { get; internal set; }

    public int SeriesKept { get; internal set; }

    /// <summary>Adds the C-FIND requests and matches counted in <paramref name="other"/> to these.</summary>
    internal void AddRequestCounts(FindCounts other)
    {
        StudyRequests += other.StudyRequests;
        SeriesRequests += other.SeriesRequests;
        ImageRequests += other.ImageRequests;
        StudyMatches += other.StudyMatches;
        SeriesMatches += other.SeriesMatches;
        ImageMatches += other.ImageMatches;
    }
}
