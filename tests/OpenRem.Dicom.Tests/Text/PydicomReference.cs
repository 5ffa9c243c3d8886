using System.Text.Json;

namespace OpenRem.Dicom.Tests.Text;

/// <summary>pydicom's reference values, computed once per test run.</summary>
internal static class PydicomReference
{
    private static readonly Lazy<Dictionary<string, IReadOnlyList<PydicomTextElement>>> Files = new(LoadFiles);
    private static readonly Lazy<JsonElement> Tables = new(() => Parse(Pydicom.Run(PydicomScripts.CharacterTables)));

    /// <summary>Relative paths under pydicom's data folder, e.g. "charset_files/chrH31.dcm".</summary>
    public static IReadOnlyCollection<string> FileNames => Files.Value.Keys;

    public static IReadOnlyList<PydicomTextElement> TextElements(string relativePath) =>
        Files.Value.TryGetValue(relativePath, out var elements)
            ? elements
            : throw new InvalidOperationException($"pydicom could not read {relativePath} or it does not exist; files: {string.Join(", ", Files.Value.Keys)}");

    /// <summary>pydicom's decoding of each byte 0x00-0xFF alone under <paramref name="term"/>.</summary>
    public static IReadOnlyList<string?> SingleByteDecodings(string term) => Strings(Tables.Value.GetProperty("single").GetProperty(term));

    /// <summary>pydicom's decoding of each two-byte character of a set, null where it fails.</summary>
    public static IReadOnlyList<string?> DoubleByteDecodings(string name) => Strings(Tables.Value.GetProperty("double").GetProperty(name));

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString()).ToList();

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static Dictionary<string, IReadOnlyList<PydicomTextElement>> LoadFiles()
    {
        var root = Parse(Pydicom.Run(PydicomScripts.TextElements));
        var files = new Dictionary<string, IReadOnlyList<PydicomTextElement>>(StringComparer.Ordinal);
        foreach (var file in root.GetProperty("files").EnumerateObject())
        {
            if (!file.Value.TryGetProperty("elements", out var elements))
            {
                continue;
            }

            files[file.Name] = elements.EnumerateArray()
                .Select(element => new PydicomTextElement(
                    file.Name,
                    element.GetProperty("path").GetString()!,
                    element.GetProperty("vr").GetString()!,
                    element.GetProperty("charset").GetString()!,
                    Convert.FromHexString(element.GetProperty("hex").GetString()!),
                    element.GetProperty("values").EnumerateArray().Select(value => value.GetString()!).ToList()))
                .ToList();
        }

        return files;
    }
}
