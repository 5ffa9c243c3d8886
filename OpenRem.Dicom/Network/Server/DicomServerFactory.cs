using System.Net;

namespace OpenRem.Dicom.Network.Server;

/// <summary>Creates listening servers, shaped like fo-dicom's factory.</summary>
public static class DicomServerFactory
{
    /// <summary>
    /// A server on <paramref name="ipAddress"/> (null or empty: all IPv4 addresses) and <paramref name="port"/> (0: a free
    /// port, see <see cref="DicomServer.Port"/>) running the service <paramref name="createProvider"/> makes for each
    /// connection. Throws <see cref="DicomNetworkException"/> when the port cannot be listened on (already in use).
    /// </summary>
    public static DicomServer Create<TProvider>(int port, string? ipAddress, DicomServerOptions options, Func<DicomServiceContext, TProvider> createProvider)
        where TProvider : DicomService
    {
        ArgumentNullException.ThrowIfNull(createProvider);
        return new DicomServer(ParseAddress(ipAddress), port, options, context => createProvider(context));
    }

    /// <summary>A Store SCP (<see cref="StoreScpService"/>) writing to <see cref="DicomServerOptions.StoreDirectory"/>.</summary>
    public static DicomServer CreateStoreScp(int port, string? ipAddress, DicomServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.StoreDirectory) && options.StoreSinkFactory is null)
        {
            throw new ArgumentException("A Store SCP needs a store directory.", nameof(options));
        }

        return Create(port, ipAddress, options, context => new StoreScpService(context));
    }

    private static IPAddress ParseAddress(string? ipAddress)
    {
        if (string.IsNullOrWhiteSpace(ipAddress))
        {
            return IPAddress.Any;
        }

        return IPAddress.TryParse(ipAddress, out var address)
            ? address
            : throw new ArgumentException($"'{ipAddress}' is not an IP address.", nameof(ipAddress));
    }
}
