using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Decisions;

/// <summary>What the CT rule found to retrieve for the study.</summary>
internal sealed record RecordCtDoseSource(StudyResponse Study, CtDoseSource Source) : Decision
{
    public override bool Apply()
    {
        Study.RecordCtDoseSource(Source);
        return true;
    }
}
