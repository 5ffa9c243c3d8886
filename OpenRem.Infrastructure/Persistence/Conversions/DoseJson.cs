using System.Text.Json;

namespace OpenRem.Infrastructure.Persistence.Conversions;

/// <summary>Reads and writes one named value of a dose summary's JSON object.</summary>
internal static class DoseJson
{
    /// <summary>The value named <paramref name="name"/> (case-insensitively); default when absent or null.</summary>
    public static T? Value<T>(JsonElement json, string name, JsonSerializerOptions options)
    {
        foreach (var property in json.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.Deserialize<T>(options);
            }
        }

        return default;
    }

    public static void Write<T>(Utf8JsonWriter writer, string name, T value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, options);
    }
}
