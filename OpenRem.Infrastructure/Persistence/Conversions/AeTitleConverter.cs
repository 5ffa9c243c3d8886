using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.Persistence.Conversions;

/// <summary>Stores an <see cref="AeTitle"/> as its text; a stored title is parsed again when read.</summary>
internal sealed class AeTitleConverter() : ValueConverter<AeTitle, string>(
    aeTitle => aeTitle.Value,
    text => AeTitle.Parse(text));
