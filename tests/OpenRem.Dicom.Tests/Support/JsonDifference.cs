using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenRem.Dicom.Tests.Support;

/// <summary>
/// Compares two DICOM JSON models value by value and lists every difference with its path, e.g.
/// "0040A730/Value[2]/0040A160/Value[0]: expected 'mGy' but found 'mGy '". Numbers are compared as numbers
/// (1.50 equals 1.5; float32 values within their precision).
/// </summary>
internal static class JsonDifference
{
    public static List<string> Between(JsonNode? expected, JsonNode? actual, Func<string, bool>? ignorePath = null)
    {
        var differences = new List<string>();
        Compare(expected, actual, string.Empty, differences, ignorePath ?? (_ => false));
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences, Func<string, bool> ignore)
    {
        if (ignore(path))
        {
            return;
        }

        switch (expected)
        {
            case null when actual is null:
                return;
            case JsonObject e when actual is JsonObject a:
                foreach (var (key, value) in e)
                {
                    if (!a.ContainsKey(key))
                    {
                        if (!ignore(Join(path, key)))
                        {
                            differences.Add($"{Join(path, key)}: missing (expected {Short(value)})");
                        }

                        continue;
                    }

                    Compare(value, a[key], Join(path, key), differences, ignore);
                }

                foreach (var (key, value) in a)
                {
                    if (!e.ContainsKey(key) && !ignore(Join(path, key)))
                    {
                        differences.Add($"{Join(path, key)}: unexpected {Short(value)}");
                    }
                }

                return;
            case JsonArray e when actual is JsonArray a:
                if (e.Count != a.Count)
                {
                    differences.Add($"{path}: expected {e.Count} values but found {a.Count} ({Short(e)} vs {Short(a)})");
                    return;
                }

                for (var i = 0; i < e.Count; i++)
                {
                    Compare(e[i], a[i], $"{path}[{i}]", differences, ignore);
                }

                return;
            case JsonValue e when actual is JsonValue a:
                if (!ValuesEqual(e, a))
                {
                    differences.Add($"{path}: expected {Short(e)} but found {Short(a)}");
                }

                return;
            default:
                differences.Add($"{path}: expected {Short(expected)} but found {Short(actual)}");
                return;
        }
    }

    private static bool ValuesEqual(JsonValue expected, JsonValue actual)
    {
        var ek = expected.GetValueKind();
        var ak = actual.GetValueKind();
        if (ek == JsonValueKind.Number && ak == JsonValueKind.Number)
        {
            var x = double.Parse(expected.ToJsonString(), CultureInfo.InvariantCulture);
            var y = double.Parse(actual.ToJsonString(), CultureInfo.InvariantCulture);
            return x.Equals(y) || Math.Abs(x - y) <= 1e-12 * Math.Max(Math.Abs(x), Math.Abs(y));
        }

        return ek == ak && expected.ToJsonString() == actual.ToJsonString();
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}/{key}";

    private static string Short(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 120 ? text[..117] + "..." : text;
    }
}
