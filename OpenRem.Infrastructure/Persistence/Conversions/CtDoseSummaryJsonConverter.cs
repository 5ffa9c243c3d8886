using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRem.Domain.Imported.Dose;

namespace OpenRem.Infrastructure.Persistence.Conversions;

/// <summary>
/// Reads and writes a <see cref="CtDoseSummary"/> with the names the default contract gives it. Needed because its
/// constructor takes the events as a sequence while the property is a list, which the serializer cannot bind.
/// </summary>
internal sealed class CtDoseSummaryJsonConverter : JsonConverter<CtDoseSummary>
{
    public override CtDoseSummary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var json = JsonElement.ParseValue(ref reader);
        return new CtDoseSummary(
            DoseJson.Value<decimal?>(json, "totalDlp", options),
            DoseJson.Value<int?>(json, "irradiationEventCount", options),
            DoseJson.Value<List<CtIrradiationEventDose>>(json, "events", options) ?? []);
    }

    public override void Write(Utf8JsonWriter writer, CtDoseSummary value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        DoseJson.Write(writer, "totalDlp", value.TotalDlp, options);
        DoseJson.Write(writer, "irradiationEventCount", value.IrradiationEventCount, options);
        DoseJson.Write(writer, "events", value.Events, options);
        writer.WriteEndObject();
    }
}
