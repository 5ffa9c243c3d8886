using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Decisions;

/// <summary>The series will not be retrieved, for <paramref name="Reason"/>.</summary>
internal sealed record DropSeries(SeriesResponse Series, DropReason Reason) : Decision
{
    public override bool Apply() => Series.Drop(Reason);
}
