using System.Text.Json.Serialization;

namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// The JSON shape of <see cref="QrSummary"/>: camelCase property names, enums by name, nulls written (so every
/// property is always there), one line.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(QrSummary))]
internal sealed partial class QrSummaryJsonContext : JsonSerializerContext;
