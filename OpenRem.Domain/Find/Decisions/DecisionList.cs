using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Decisions;

/// <summary>The decisions of one rule, in the order made.</summary>
internal sealed class DecisionList
{
    private readonly List<Decision> _decisions = [];

    public static DecisionList None => new();

    public IReadOnlyList<Decision> Items => _decisions;

    /// <summary>The studies this list drops.</summary>
    public IEnumerable<StudyResponse> DroppedStudies => _decisions.OfType<DropStudy>().Select(drop => drop.Study);

    /// <summary>The series this list drops.</summary>
    public IEnumerable<SeriesResponse> DroppedSeries => _decisions.OfType<DropSeries>().Select(drop => drop.Series);

    public DecisionList Drop(StudyResponse study, DropReason reason) => Add(new DropStudy(study, reason));

    public DecisionList Drop(SeriesResponse series, DropReason reason) => Add(new DropSeries(series, reason));

    public DecisionList Drop(ImageResponse image, DropReason reason) => Add(new DropImage(image, reason));

    public DecisionList DropAll(IEnumerable<SeriesResponse> series, DropReason reason)
    {
        foreach (var each in series)
        {
            Drop(each, reason);
        }

        return this;
    }

    public DecisionList MoveByImage(SeriesResponse series) => Add(new MoveSeriesByImage(series));

    public DecisionList Record(StudyResponse study, CtDoseSource source) => Add(new RecordCtDoseSource(study, source));

    public DecisionList AddRange(DecisionList other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _decisions.AddRange(other._decisions);
        return this;
    }

    /// <summary>Applies every decision in order; the number that changed something.</summary>
    public int Apply() => _decisions.Count(decision => decision.Apply());

    private DecisionList Add(Decision decision)
    {
        _decisions.Add(decision);
        return this;
    }
}
