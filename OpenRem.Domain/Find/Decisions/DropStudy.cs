using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Decisions;

/// <summary>The study will not be retrieved, for <paramref name="Reason"/>.</summary>
internal sealed record DropStudy(StudyResponse Study, DropReason Reason) : Decision
{
    public override bool Apply() => Study.Drop(Reason);
}
