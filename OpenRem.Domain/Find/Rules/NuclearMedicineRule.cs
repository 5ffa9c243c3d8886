using OpenRem.Domain.Find.Decisions;
using OpenRem.Domain.Find.Steps;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// [H] Nuclear medicine (NM, PT): the objects of use are, in order, a radiopharmaceutical dose SR (RRDSR), a PET
/// image, an NM image. SR series are typed by every instance, PET series by their first image; NM series only when
/// neither gave anything of use. Series of no useful class are dropped; of the NM image series only the first is
/// kept. PET and NM image series are retrieved by their first image only: every image of them carries the same
/// radiopharmaceutical data.
/// </summary>
internal sealed class NuclearMedicineRule : ISeriesRule
{
    private static readonly HashSet<string> Useful = new(StringComparer.Ordinal)
    {
        SopClassUids.RadiopharmaceuticalRadiationDoseSr,
        SopClassUids.PetImage,
        SopClassUids.NmImage,
    };

    public async Task<DecisionList> DecideAsync(FindContext context, StudyResponse study)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        found.UnionWith((await SeriesTyping.TypeAsync(context, study, ModalityCodes.Sr, InstanceSelection.All).ConfigureAwait(false)).SopClasses);
        found.UnionWith((await SeriesTyping.TypeAsync(context, study, ModalityCodes.Pt, InstanceSelection.First).ConfigureAwait(false)).SopClasses);
        found.IntersectWith(Useful);
        if (found.Count == 0)
        {
            await SeriesTyping.TypeAsync(context, study, ModalityCodes.Nm, InstanceSelection.First).ConfigureAwait(false);
        }

        var decisions = new DecisionList();
        var useful = study.KeptSeries.Where(series => series.SopClassInSeries is not null && Useful.Contains(series.SopClassInSeries)).ToList();
        decisions.DropAll(study.KeptSeries.Except(useful), DropReason.NoUsableNmSopClass);
        var nmImageSeries = useful.Where(series => series.SopClassInSeries == SopClassUids.NmImage).ToList();
        decisions.DropAll(nmImageSeries.Skip(1), DropReason.NmFirstSeriesOnly);
        foreach (var series in useful.Where(series => series.SopClassInSeries == SopClassUids.PetImage).Concat(nmImageSeries.Take(1)))
        {
            decisions.MoveByImage(series);
            foreach (var image in series.KeptImages.Skip(1))
            {
                decisions.Drop(image, DropReason.NmFirstSeriesOnly);
            }
        }

        return decisions;
    }
}
