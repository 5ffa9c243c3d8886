namespace OpenRem.Domain.Retrieve;

/// <summary>
/// The requests a move sends for one planned series: all of them in a first move; on a resume, only what did not
/// arrive before (<paramref name="ArrivedBefore"/> objects of the series had reached the store node already).
/// <paramref name="Problem"/>, when set, says why the series cannot be moved now; it is recorded as failed.
/// </summary>
internal sealed record SeriesWork(PlannedSeries Series, IReadOnlyList<RetrieveItem> Items, int ArrivedBefore, string? Problem = null)
{
    public static SeriesWork All(PlannedSeries series) => new(series, series.Items, 0);
}
