using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Domain.Responses;

/// <summary>
/// One study-level match, with its series. <see cref="ModalitiesInStudy"/> starts as the archive returned it and,
/// once the series are known, also holds every series' modality. A study of several modality groups is split
/// into one response per group, each handled by that group's rules (<see cref="Group"/>).
/// </summary>
public sealed class StudyResponse
{
    private readonly List<SeriesResponse> _series = [];
    private List<string> _modalitiesInStudy = [];

    private StudyResponse() => StudyInstanceUid = string.Empty;

    internal StudyResponse(Guid findRequestId, int ordinal, StudyMatch match)
    {
        FindRequestId = findRequestId;
        Ordinal = ordinal;
        StudyInstanceUid = match.StudyInstanceUid.Trim();
        StudyDescription = string.IsNullOrWhiteSpace(match.StudyDescription) ? null : match.StudyDescription.Trim();
        StationName = string.IsNullOrWhiteSpace(match.StationName) ? null : match.StationName.Trim();
        _modalitiesInStudy = ModalityList.Normalise(match.ModalitiesInStudy ?? []);
        ModalitiesInStudyReturned = _modalitiesInStudy.Count > 0;
        ModalityAtStudyLevel = string.IsNullOrWhiteSpace(match.Modality) ? null : match.Modality.Trim();
        NumberOfStudyRelatedSeries = match.NumberOfStudyRelatedSeries;
    }

    private StudyResponse(StudyResponse original, int ordinal)
    {
        FindRequestId = original.FindRequestId;
        Ordinal = ordinal;
        StudyInstanceUid = original.StudyInstanceUid;
        StudyDescription = original.StudyDescription;
        StationName = original.StationName;
        _modalitiesInStudy = [.. original._modalitiesInStudy];
        ModalitiesInStudyReturned = original.ModalitiesInStudyReturned;
        ModalityAtStudyLevel = original.ModalityAtStudyLevel;
        NumberOfStudyRelatedSeries = original.NumberOfStudyRelatedSeries;
        SeriesQueryFailed = original.SeriesQueryFailed;
        DropReason = original.DropReason;
        _series.AddRange(original._series.Select(series => series.Copy()));
    }

    /// <summary>Database identity; 0 until stored.</summary>
    public long Id { get; private set; }

    /// <summary>Position in the query, in the order received (copies of split studies come last).</summary>
    public int Ordinal { get; private set; }

    /// <summary>The C-FIND call this match came from.</summary>
    public Guid FindRequestId { get; private set; }

    public string StudyInstanceUid { get; private set; }

    /// <summary>The description without surrounding spaces; null when absent or blank.</summary>
    public string? StudyDescription { get; private set; }

    /// <summary>The station name returned at study level; null when absent or blank.</summary>
    public string? StationName { get; private set; }

    /// <summary>
    /// The modality codes of the study: as returned by the archive, plus the modality of every series once the
    /// series are known; narrowed to one group's codes (and SR) in each response of a split study.
    /// </summary>
    public IReadOnlyList<string> ModalitiesInStudy => _modalitiesInStudy;

    /// <summary>False when the archive did not return ModalitiesInStudy (or returned it empty): then it is unknown.</summary>
    public bool ModalitiesInStudyReturned { get; private set; }

    /// <summary>The Modality key as returned at study level (only asked for with the node's quirk).</summary>
    public string? ModalityAtStudyLevel { get; private set; }

    public int? NumberOfStudyRelatedSeries { get; private set; }

    /// <summary>True when the series-level query of this study failed, so its series may be incomplete.</summary>
    public bool SeriesQueryFailed { get; private set; }

    /// <summary>The group whose rules handle this study; null until assigned, and for studies of no group asked for.</summary>
    public ModalityGroup? Group { get; private set; }

    /// <summary>For CT studies, what was found to retrieve.</summary>
    public CtDoseSource? CtDoseSource { get; private set; }

    /// <summary>Why this study will not be retrieved; null while it is kept.</summary>
    public DropReason? DropReason { get; private set; }

    public bool IsKept => DropReason is null;

    /// <summary>The series-level matches, each series once, in the order received.</summary>
    public IReadOnlyList<SeriesResponse> Series => _series;

    public IEnumerable<SeriesResponse> KeptSeries => _series.Where(series => series.IsKept);

    /// <summary>The kept series whose modality is <paramref name="modality"/>.</summary>
    public IEnumerable<SeriesResponse> KeptSeriesOf(string modality) =>
        KeptSeries.Where(series => string.Equals(series.Modality, modality, StringComparison.Ordinal));

    /// <summary>True when <see cref="ModalitiesInStudy"/> holds <paramref name="modality"/>.</summary>
    public bool Contains(string modality) => _modalitiesInStudy.Contains(modality, StringComparer.Ordinal);

    /// <summary>Adds a series-level match; a series already present is not added twice.</summary>
    internal SeriesResponse AddSeries(Guid findRequestId, SeriesMatch match)
    {
        var existing = _series.Find(series => string.Equals(series.SeriesInstanceUid, match.SeriesInstanceUid.Trim(), StringComparison.Ordinal));
        if (existing is not null)
        {
            return existing;
        }

        var added = new SeriesResponse(findRequestId, _series.Count, match);
        _series.Add(added);
        return added;
    }

    /// <summary>Adds the modality of every series to <see cref="ModalitiesInStudy"/>.</summary>
    internal void AddSeriesModalities() =>
        _modalitiesInStudy = ModalityList.Normalise(_modalitiesInStudy.Concat(_series.Select(series => series.Modality)));

    internal void MarkSeriesQueryFailed() => SeriesQueryFailed = true;

    /// <summary>Hands the study to <paramref name="group"/>'s rules and narrows its modalities to <paramref name="modalities"/>.</summary>
    internal void AssignTo(ModalityGroup group, IEnumerable<string> modalities)
    {
        Group = group;
        _modalitiesInStudy = [.. modalities];
    }

    internal void RecordCtDoseSource(CtDoseSource source) => CtDoseSource = source;

    /// <summary>Drops the study; a study already dropped keeps its first reason. True when this changed it.</summary>
    internal bool Drop(DropReason reason)
    {
        if (!IsKept)
        {
            return false;
        }

        DropReason = reason;
        return true;
    }

    /// <summary>A deep copy (series and images) at position <paramref name="ordinal"/>, not yet assigned to a group.</summary>
    internal StudyResponse Copy(int ordinal) => new(this, ordinal);
}
