using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Steps;

/// <summary>
/// [C] Hands each kept study to the rules of the group its modalities belong to, once its series are known. A
/// study of several groups asked for (a PET/CT with CT and NM, a CT with CR with CT and DX) is split: the response
/// goes to the first group, a copy (series and images included) to each other group. In each, the modality list
/// is narrowed to that group's codes and SR, and the series of the other groups' modalities are dropped as
/// handled in their copy; SR series and series of no group (SC, OT…) stay in every copy.
/// </summary>
internal static class ModalityGroupSplit
{
    /// <summary>Assigns groups and makes copies; returns the series drops, to apply before the series rules.</summary>
    public static (DecisionList Decisions, int Copies) Apply(Query query, ModalitySelection selection)
    {
        var decisions = new DecisionList();
        var copies = 0;
        foreach (var study in query.KeptStudies.ToList())
        {
            var groups = selection.Groups.Where(group => ModalityGroups.Intersects(group, study.ModalitiesInStudy)).ToList();
            if (groups.Count == 0)
            {
                continue;
            }

            if (groups.Count == 1)
            {
                study.AssignTo(groups[0], study.ModalitiesInStudy);
                continue;
            }

            var modalities = study.ModalitiesInStudy.ToList();
            var responses = new List<(StudyResponse Study, ModalityGroup Group)> { (study, groups[0]) };
            foreach (var group in groups.Skip(1))
            {
                responses.Add((query.AddCopyOf(study), group));
                copies++;
            }

            foreach (var (response, group) in responses)
            {
                response.AssignTo(group, modalities.Where(code => code == ModalityCodes.Sr || ModalityGroups.Contains(group, code)));
                foreach (var other in groups.Where(other => other != group))
                {
                    decisions.DropAll(
                        response.KeptSeries.Where(series => ModalityGroups.Contains(other, series.Modality)),
                        DropReason.HandledInOtherCopy(other));
                }
            }
        }

        return (decisions, copies);
    }
}
