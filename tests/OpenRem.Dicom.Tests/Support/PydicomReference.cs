using System.Diagnostics;
using System.Text.Json.Nodes;

namespace OpenRem.Dicom.Tests.Support;

/// <summary>
/// pydicom's DICOM JSON model of every corpus file, produced once per test run by
/// Reference/pydicom_json.py through Debian's /usr/bin/python3.
/// </summary>
internal static class PydicomReference
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> Results = new(Load);

    /// <summary>pydicom's result for one file: {"json": {...}} or {"error": "..."}.</summary>
    public static JsonObject For(string path)
    {
        TestPaths.RequirePydicom();
        return Results.Value.TryGetValue(path, out var result)
            ? result
            : throw new InvalidOperationException($"pydicom gave no result for {path}.");
    }

    private static Dictionary<string, JsonObject> Load()
    {
        TestPaths.RequirePydicom();
        var files = CorpusFiles.All.Where(File.Exists).ToArray();
        var info = new ProcessStartInfo(TestPaths.Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(TestPaths.ReferenceScript);
        foreach (var file in files)
        {
            info.ArgumentList.Add(file);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Cannot start python3.");
        var errors = process.StandardError.ReadToEndAsync();
        var results = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        while (process.StandardOutput.ReadLine() is { } line)
        {
            var node = JsonNode.Parse(line)!.AsObject();
            results[node["file"]!.GetValue<string>()] = node;
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pydicom_json.py failed ({process.ExitCode}): {errors.Result}");
        }

        return results;
    }
}
