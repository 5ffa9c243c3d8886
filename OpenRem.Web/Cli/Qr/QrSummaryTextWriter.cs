using System.Globalization;
using OpenRem.Domain.Queries;

namespace OpenRem.Web.Cli.Qr;

/// <summary>Writes a <see cref="QrSummary"/> for a person: the outcome first, then the counts, the studies and the phase summaries.</summary>
internal static class QrSummaryTextWriter
{
    public static string Format(QrSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var lines = new List<string>
        {
            $"Query {summary.QueryId} of {summary.RemoteNode} into {summary.StoreNode}: {summary.State}",
            $"Asked for: {summary.Modalities}; dates {summary.Dates}; {(summary.MoveRequested ? "retrieve what is kept" : "query only")}.",
        };
        if (summary.Error is not null)
        {
            lines.Add("Error: " + summary.Error);
        }

        var find = summary.Find;
        lines.Add(
            $"Find: {DurationText.Count(find.StudyRequests, "study request")} gave {DurationText.Count(find.StudyResponses, "response")}, "
            + $"{DurationText.Count(find.SeriesRequests, "series request")} gave {find.SeriesResponses}, "
            + $"{DurationText.Count(find.ImageRequests, "image request")} gave {find.ImageResponses}.");
        var removals = Removals(find).ToList();
        if (removals.Count > 0)
        {
            lines.Add("Removed: " + string.Join(", ", removals) + ".");
        }

        lines.Add($"Kept: {DurationText.Count(find.StudiesKept, "study")}, {DurationText.Count(find.SeriesKept, "series")}.");
        foreach (var study in summary.KeptStudies)
        {
            lines.Add($"  {StudyName(study.StudyInstanceUid, study.Group, study.Modalities)}: {DurationText.Count(study.Series.Count, "series")} kept, {study.SeriesDropped} dropped");
            lines.AddRange(study.Series.Select(SeriesLine));
        }

        if (summary.DroppedStudies.Count > 0)
        {
            lines.Add($"Dropped: {DurationText.Count(summary.DroppedStudies.Count, "study")}.");
            lines.AddRange(summary.DroppedStudies.Select(study =>
                $"  {StudyName(study.StudyInstanceUid, study.Group, study.Modalities)}: {study.Reason}"));
        }

        if (summary.Move is { } move)
        {
            lines.Add(
                $"Retrieve: {DurationText.Count(move.SeriesPlanned, "series")} of {DurationText.Count(move.StudiesPlanned, "study")} in {DurationText.Count(move.RequestsPlanned, "request")}, {move.RequestsDone} sent; "
                + Invariant($"series completed {move.SeriesCompleted}, with warnings {move.SeriesWithWarnings}, failed {move.SeriesFailed}, not attempted {move.SeriesNotAttempted}."));
            lines.Add($"Sub-operations: {move.SubOperations}.");
            if (move.ObjectsExpected > 0)
            {
                lines.Add(Invariant($"At the store node: {move.ObjectsArrived} of {DurationText.Count(move.ObjectsExpected, "object")} arrived, {move.ObjectsImported} imported."));
            }
        }

        foreach (var error in summary.RemoteErrors)
        {
            lines.Add("Remote error: " + error);
        }

        AddBlock(lines, "Find summary:", summary.FindSummary);
        AddBlock(lines, "Retrieve summary:", summary.MoveSummary);
        return string.Join('\n', lines);
    }

    public static async Task WriteAsync(TextWriter output, QrSummary summary)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var line in Format(summary).Split('\n'))
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }

    private static IEnumerable<string> Removals(QrFindCounts find)
    {
        (int Count, string What)[] steps =
        [
            (find.InResponseDuplicatesRemoved, "repeated in the response"),
            (find.SrOnlyRemoved, "not SR only"),
            (find.StudyDescriptionIncludeRemoved, "by the description include filter"),
            (find.StudyDescriptionExcludeRemoved, "by the description exclude filter"),
            (find.StationNameIncludeRemoved, "by the station name include filter"),
            (find.StationNameExcludeRemoved, "by the station name exclude filter"),
            (find.UnwantedModalitiesRemoved, "of modalities not asked for"),
            (find.SeriesRulesRemoved, "by the series rules"),
            (find.AlreadyImportedRemoved, "already imported"),
        ];
        return steps.Where(step => step.Count > 0).Select(step => $"{step.Count} {step.What}");
    }

    /// <summary>"1.2.3 [CT] CT, SR": the UID, the group whose rules handled the study (when one did) and the modalities.</summary>
    private static string StudyName(string studyInstanceUid, string? group, IReadOnlyList<string> modalities) =>
        group is null
            ? $"{studyInstanceUid} {string.Join(", ", modalities)}"
            : $"{studyInstanceUid} [{group}] {string.Join(", ", modalities)}";

    private static string SeriesLine(QrKeptSeries series)
    {
        var number = series.SeriesNumber?.ToString(CultureInfo.InvariantCulture) ?? "-";
        var images = series.ImagesRetrievedIndividually is { } count ? $", {DurationText.Count(count, "image")} one by one" : string.Empty;
        var problem = series.Problem is null ? string.Empty : ": " + series.Problem;
        var arrived = series.ObjectsExpected is { } expected ? Invariant($", {series.ObjectsArrived} of {expected} arrived, {series.ObjectsImported} imported") : string.Empty;
        return $"    series {number} {series.Modality} {series.SeriesInstanceUid}{images}: {series.Retrieval} ({series.SubOperations}, {DurationText.Count(series.Attempts, "attempt")}{arrived}){problem}";
    }

    private static void AddBlock(List<string> lines, string title, string? text)
    {
        if (text is null)
        {
            return;
        }

        lines.Add(title);
        lines.AddRange(text.Split('\n').Select(line => "  " + line));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
