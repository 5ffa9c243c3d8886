namespace OpenRem.Domain.Retrieve;

/// <summary>
/// The requests a move sends for one planned series: all of them in a first move; on a resume, only what did not
/// arrive before (<paramref name="ArrivedBefore"/> objects of the series had reached the store node already).
/// </summary>
internal sealed record SeriesWork(PlannedSeries Series, IReadOnlyList<RetrieveItem> Items, int ArrivedBefore)
{
    public static SeriesWork All(PlannedSeries series) => new(series, series.Items, 0);
}
