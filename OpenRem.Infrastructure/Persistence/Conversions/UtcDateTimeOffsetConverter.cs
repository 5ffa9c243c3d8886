using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenRem.Infrastructure.Persistence.Conversions;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as the UTC <see cref="DateTime"/> of the same instant, so that the database
/// can compare and order it (SQLite cannot order <see cref="DateTimeOffset"/> columns) and another provider gets a
/// plain UTC timestamp. It is read back with offset zero: the same instant.
/// </summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    instant => instant.UtcDateTime,
    stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
