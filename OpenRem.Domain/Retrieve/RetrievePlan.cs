using OpenRem.Domain.Queries;

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
        var drafts = new List<SeriesDraft>();
        var byKey = new Dictionary<(string Study, string Series), SeriesDraft>();
        foreach (var study in query.KeptStudies)
        {
            foreach (var series in study.KeptSeries)
            {
                var key = (study.StudyInstanceUid, series.SeriesInstanceUid);
                if (!byKey.TryGetValue(key, out var draft))
                {
                    draft = new SeriesDraft(study, series);
                    byKey[key] = draft;
                    drafts.Add(draft);
                }

                draft.Merge(series);
            }
        }

        var studies = drafts.GroupBy(draft => draft.StudyInstanceUid, StringComparer.Ordinal).ToList();
        var planned = studies.SelectMany((inStudy, studyIndex) => inStudy.Select((draft, seriesIndex) =>
            draft.ToPlannedSeries(studyIndex + 1, studies.Count, seriesIndex + 1, inStudy.Count()))).ToList();
        return new RetrievePlan(planned, studies.Count);
    }
}
