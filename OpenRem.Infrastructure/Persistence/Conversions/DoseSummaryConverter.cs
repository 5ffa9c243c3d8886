using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenRem.Domain.Imported.Dose;

namespace OpenRem.Infrastructure.Persistence.Conversions;

/// <summary>A dose summary as one JSON column: it is read and written whole, never queried inside.</summary>
internal sealed class DoseSummaryConverter() : ValueConverter<DoseSummary?, string?>(
    summary => Serialize(summary),
    json => Deserialize(json))
{
    // The dose records' constructors take what their properties hold, so they bind without converters.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Compares summaries by value, so that a re-imported report with the same figures is not written again.</summary>
    public static ValueComparer<DoseSummary?> Comparer { get; } = new(
        (left, right) => Equals(left, right),
        summary => summary == null ? 0 : summary.GetHashCode(),
        summary => summary);

    public static string? Serialize(DoseSummary? summary) => summary is null ? null : JsonSerializer.Serialize(summary, Options);

    public static DoseSummary? Deserialize(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<DoseSummary>(json, Options);
}
