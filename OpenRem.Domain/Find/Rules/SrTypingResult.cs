using OpenRem.Domain.Find.Decisions;

namespace OpenRem.Domain.Find.Rules;

/// <summary>What SR typing found, with its decisions (keeping only the dose report objects among the SR series).</summary>
internal sealed record SrTypingResult(DoseReportKind Kind, DecisionList Decisions)
{
    public bool FoundDoseReport => Kind != DoseReportKind.None;
}
