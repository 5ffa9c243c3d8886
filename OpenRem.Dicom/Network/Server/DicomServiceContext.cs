using Microsoft.Extensions.Logging;
using OpenRem.Dicom.Network.Server.Storage;

namespace OpenRem.Dicom.Network.Server;

/// <summary>What the server gives a <see cref="DicomService"/> for one connection.</summary>
public sealed class DicomServiceContext
{
    internal DicomServiceContext(Stream stream, string remoteHost, int remotePort, DicomServerOptions options, bool isOverLimit, IDicomServerEvents events)
    {
        Stream = stream;
        RemoteHost = remoteHost;
        RemotePort = remotePort;
        Options = options;
        IsOverLimit = isOverLimit;
        Events = events;
    }

    public string RemoteHost { get; }

    public int RemotePort { get; }

    public DicomServerOptions Options { get; }

    public ILogger CreateLogger(string category) => Options.LoggerFactory.CreateLogger(category);

    internal Stream Stream { get; }

    /// <summary>True when the connection came in while the association limit was reached: its request is rejected transiently.</summary>
    internal bool IsOverLimit { get; }

    internal IDicomServerEvents Events { get; }
}
