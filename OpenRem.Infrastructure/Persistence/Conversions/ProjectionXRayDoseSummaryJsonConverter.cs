using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRem.Domain.Imported.Dose;

namespace OpenRem.Infrastructure.Persistence.Conversions;

/// <summary>
/// Reads and writes a <see cref="ProjectionXRayDoseSummary"/> with the names the default contract gives it (its totals
/// over the planes are written too, and worked out again when read). Needed because its constructor takes sequences
/// while the properties are lists, which the serializer cannot bind.
/// </summary>
internal sealed class ProjectionXRayDoseSummaryJsonConverter : JsonConverter<ProjectionXRayDoseSummary>
{
    public override ProjectionXRayDoseSummary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var json = JsonElement.ParseValue(ref reader);
        return new ProjectionXRayDoseSummary(
            DoseJson.Value<List<ProjectionPlaneDose>>(json, "planes", options) ?? [],
            DoseJson.Value<int?>(json, "irradiationEventCount", options),
            DoseJson.Value<List<GlandularDose>>(json, "accumulatedAverageGlandularDoses", options) ?? []);
    }

    public override void Write(Utf8JsonWriter writer, ProjectionXRayDoseSummary value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        DoseJson.Write(writer, "planes", value.Planes, options);
        DoseJson.Write(writer, "irradiationEventCount", value.IrradiationEventCount, options);
        DoseJson.Write(writer, "accumulatedAverageGlandularDoses", value.AccumulatedAverageGlandularDoses, options);
        DoseJson.Write(writer, "totalDap", value.TotalDap, options);
        DoseJson.Write(writer, "totalFluoroTime", value.TotalFluoroTime, options);
        DoseJson.Write(writer, "referencePointDose", value.ReferencePointDose, options);
        writer.WriteEndObject();
    }
}
