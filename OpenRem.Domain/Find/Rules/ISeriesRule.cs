using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>[H] The series rule of one modality group: which series (and images) of a study to retrieve.</summary>
internal interface ISeriesRule
{
    Task<DecisionList> DecideAsync(FindContext context, StudyResponse study);
}
