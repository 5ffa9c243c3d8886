using System.Globalization;
using System.Text.Json;
using OpenRem.Domain.Imported.Dose;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Import.Dose;

/// <summary>
/// The independent reader: dose_summary.py (copied beside the tests) run with Debian's /usr/bin/python3 and pydicom
/// over a list of files, its JSON turned into <see cref="DoseSummary"/> values. Missing python3 or pydicom fails with
/// "apt-get install ..." (never skipped); a file pydicom cannot read, or a failed run, throws with pydicom's words.
/// </summary>
internal static class PydicomDoseReader
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "Import", "Dose", "dose_summary.py");

    /// <summary>The summary pydicom's reader gives for each file, by file name; null for a file that is not a dose report.</summary>
    public static async Task<IReadOnlyDictionary<string, DoseSummary?>> ReadAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        PeerTool.RequireAll(PeerTool.Python, PeerTool.Pydicom);
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException($"The pydicom reader is not beside the tests: expected {ScriptPath}.");
        }

        var command = new ExternalCommand(PeerTool.Python.Path, [ScriptPath, .. paths]) { Timeout = Timeout };
        var result = await ExternalCommandRunner.RunAsync(command, cancellationToken);
        if (!result.Succeeded)
        {
            throw result.Failure("dose_summary.py failed");
        }

        using var document = JsonDocument.Parse(result.StandardOutput);
        var summaries = new Dictionary<string, DoseSummary?>(StringComparer.Ordinal);
        foreach (var file in document.RootElement.EnumerateObject())
        {
            summaries[file.Name] = Summary(file.Name, file.Value);
        }

        return summaries;
    }

    private static DoseSummary? Summary(string fileName, JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (json.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"pydicom cannot read {fileName}: {error.GetString()}");
        }

        return new DoseSummary(Text(json, "reportTitle"), Ct(json.GetProperty("ct")), Projection(json.GetProperty("projectionXRay")));
    }

    private static CtDoseSummary? Ct(JsonElement json) =>
        json.ValueKind == JsonValueKind.Null
            ? null
            : new CtDoseSummary(
                Number(json, "totalDlp"),
                Integer(json, "irradiationEventCount"),
                [.. json.GetProperty("events").EnumerateArray().Select(e => new CtIrradiationEventDose(
                    Text(e, "irradiationEventUid"), Text(e, "acquisitionProtocol"), Number(e, "ctdiVol"), Number(e, "dlp")))]);

    private static ProjectionXRayDoseSummary? Projection(JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var summary = new ProjectionXRayDoseSummary(
            [.. json.GetProperty("planes").EnumerateArray().Select(p => new ProjectionPlaneDose(
                Text(p, "plane"),
                Number(p, "totalDap"),
                Number(p, "fluoroDap"),
                Number(p, "acquisitionDap"),
                Number(p, "totalFluoroTime"),
                Number(p, "totalAcquisitionTime"),
                Number(p, "referencePointDose")))],
            Integer(json, "irradiationEventCount"),
            [.. json.GetProperty("accumulatedAverageGlandularDoses").EnumerateArray().Select(g => new GlandularDose(
                Text(g, "laterality"), Number(g, "averageGlandularDose")))]);

        // The totals are the domain type's own sums; the script's sums must agree with them.
        Assert.Equal(Number(json, "totalDap"), summary.TotalDap);
        Assert.Equal(Number(json, "totalFluoroTime"), summary.TotalFluoroTime);
        Assert.Equal(Number(json, "referencePointDose"), summary.ReferencePointDose);
        return summary;
    }

    private static string? Text(JsonElement json, string name) =>
        json.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static decimal? Number(JsonElement json, string name) =>
        Text(json, name) is { } text ? decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    private static int? Integer(JsonElement json, string name) =>
        json.GetProperty(name) is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : null;
}
