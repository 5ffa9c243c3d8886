using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.Persistence.Conversions;

/// <summary>Stores a <see cref="NetworkHost"/> as the host name or address entered.</summary>
internal sealed class NetworkHostConverter() : ValueConverter<NetworkHost, string>(
    host => host.Value,
    text => NetworkHost.Parse(text));
