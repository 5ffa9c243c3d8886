using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Tests.Fakes;

namespace OpenRem.Domain.Tests.Support;

/// <summary>Everything a find phase decided and reported, as text, to compare two runs.</summary>
internal static class FindOutcome
{
    public static string Describe(Query query, RecordingProgress progress)
    {
        var text = new StringBuilder();
        foreach (var study in query.Studies)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"study {study.StudyInstanceUid} {study.Group} kept={study.IsKept} {study.DropReason?.Text} {study.CtDoseSource}");
            foreach (var series in study.Series)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  series {series.SeriesInstanceUid} kept={series.IsKept} {series.DropReason?.Text} byImage={series.MoveImagesIndividually}");
                foreach (var image in series.Images)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    image {image.SopInstanceUid} kept={image.IsKept} {image.DropReason?.Text}");
                }
            }
        }

        text.AppendLine(JsonSerializer.Serialize(query.FindCounts));
        text.AppendLine(string.Join(" | ", query.RemoteErrors));
        text.AppendLine(string.Join(" | ", progress.Stages));
        foreach (var line in progress.Lines)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{line.At:O} {line.Level} {line.Text} {line.Detail}");
        }

        return text.ToString();
    }
}
