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
        var output = PythonProcess.Run([TestPaths.ReferenceScript, .. files], timeout: TimeSpan.FromMinutes(10));
        var results = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var node = JsonNode.Parse(line)!.AsObject();
            results[node["file"]!.GetValue<string>()] = node;
        }

        return results;
    }
}
