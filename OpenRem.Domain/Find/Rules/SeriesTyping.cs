using OpenRem.Domain.Find.Steps;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Rules;

/// <summary>
/// Finds the SOP classes of a study's kept series of one modality by image-level queries, and marks each series
/// with the class of its first image. A series that returns nothing is reported in the log; an SR series that
/// returns nothing counts as a dose report when the user chose so.
/// </summary>
internal static class SeriesTyping
{
    public static async Task<SeriesTypingResult> TypeAsync(
        FindContext context, StudyResponse study, string modality, InstanceSelection selection)
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        var assumed = false;
        foreach (var series in study.KeptSeriesOf(modality).ToList())
        {
            await ImageLevelSearch.FindAsync(context, study, series, selection).ConfigureAwait(false);
            if (series.Images.Count == 0)
            {
                assumed |= context.Options.GetEmptySrSeries && modality == ModalityCodes.Sr;
                await context.LogAsync(
                    QueryLogLevel.Warning,
                    $"Check SR type: series {series.SeriesNumber} of study instance UID {study.StudyInstanceUid} returned nothing at image level. Try the option to get SR series that return nothing at image level?")
                    .ConfigureAwait(false);
                continue;
            }

            classes.UnionWith(series.SopClasses);
            series.MarkTypedBy(series.Images[0].SopClassUid);
        }

        return new SeriesTypingResult(classes, assumed);
    }
}
