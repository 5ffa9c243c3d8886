using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Retrieve;

/// <summary>
/// What a query will retrieve, in order: the kept series of the kept studies, each series once. A series is
/// retrieved whole unless only some of its images are wanted; then each kept image is asked for. When two
/// responses of one study both keep a series, the whole series wins over single images, and single images are
/// merged. Studies are never retrieved at study level.
/// </summary>
public sealed class RetrievePlan
{
    private RetrievePlan(IReadOnlyList<PlannedSeries> series, int studyCount)
    {
        Series = series;
        StudyCount = studyCount;
    }

    /// <summary>The series to retrieve, in the order of the query's responses.</summary>
    public IReadOnlyList<PlannedSeries> Series { get; }

    /// <summary>The studies (distinct study instance UIDs) the plan touches.</summary>
    public int StudyCount { get; }

    /// <summary>Every C-MOVE to send, in order.</summary>
    public IEnumerable<RetrieveItem> Items => Series.SelectMany(series => series.Items);

    public static RetrievePlan For(Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var drafts = new List<Draft>();
        foreach (var study in query.KeptStudies)
        {
            foreach (var series in study.KeptSeries)
            {
                var draft = drafts.Find(each => each.StudyInstanceUid == study.StudyInstanceUid && each.SeriesInstanceUid == series.SeriesInstanceUid);
                if (draft is null)
                {
                    draft = new Draft(study, series);
                    drafts.Add(draft);
                }

                draft.Merge(series);
            }
        }

        var studies = drafts.Select(draft => draft.StudyInstanceUid).Distinct(StringComparer.Ordinal).ToList();
        var planned = drafts.Select(draft =>
        {
            var inStudy = drafts.Where(each => each.StudyInstanceUid == draft.StudyInstanceUid).ToList();
            return draft.ToPlannedSeries(studies.IndexOf(draft.StudyInstanceUid) + 1, studies.Count, inStudy.IndexOf(draft) + 1, inStudy.Count);
        }).ToList();
        return new RetrievePlan(planned, studies.Count);
    }

    private sealed class Draft(StudyResponse study, SeriesResponse first)
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
}
