using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenRem.Domain.Queries;

namespace OpenRem.Infrastructure.Persistence.Conversions;

/// <summary>Stores <see cref="FilterTerms"/> as a JSON array of its terms (<c>[]</c> when the filter is off).</summary>
internal sealed class FilterTermsConverter() : ValueConverter<FilterTerms, string>(
    terms => JsonSerializer.Serialize(terms.Terms, (JsonSerializerOptions?)null),
    json => FilterTerms.Of(JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>()));
