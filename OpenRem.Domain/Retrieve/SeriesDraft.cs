using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Retrieve;

/// <summary>
/// A series of one study as the plan is being built: every response that keeps it, and whether it is wanted whole
/// or only some of its images.
/// </summary>
internal sealed class SeriesDraft(StudyResponse study, SeriesResponse first)
{
    private readonly List<SeriesResponse> _responses = [];
    private readonly List<string> _images = [];
    private bool _whole;

    public string StudyInstanceUid { get; } = study.StudyInstanceUid;

    public string SeriesInstanceUid { get; } = first.SeriesInstanceUid;

    public void Merge(SeriesResponse series)
    {
        _responses.Add(series);
        var images = series.KeptImages.Select(image => image.SopInstanceUid).ToList();
        _whole |= !series.MoveImagesIndividually || images.Count == 0;
        _images.AddRange(images.Where(uid => !_images.Contains(uid, StringComparer.Ordinal)));
    }

    public PlannedSeries ToPlannedSeries(int studyNumber, int studyCount, int seriesNumber, int seriesCount)
    {
        var modality = study.Group is { } group ? ModalityGroups.ShortCode(group) : "Unknown";
        RetrieveItem Item(QueryLevel level, string? sop, int? expected) =>
            new(level, StudyInstanceUid, SeriesInstanceUid, sop, modality, studyNumber, studyCount, seriesNumber, seriesCount, expected);

        IReadOnlyList<RetrieveItem> items = _whole
            ? [Item(QueryLevel.Series, null, first.NumberOfSeriesRelatedInstances)]
            : _images.Select(sop => Item(QueryLevel.Image, sop, 1)).ToList();
        return new PlannedSeries(SeriesInstanceUid, _responses, items);
    }
}
