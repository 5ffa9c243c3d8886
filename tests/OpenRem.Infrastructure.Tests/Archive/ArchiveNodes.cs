using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Infrastructure.Archive;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>Remote nodes pointing at the test peers, and connections to them through the adapter under test.</summary>
internal static class ArchiveNodes
{
    public const string CallingAeTitle = "OPENREM";

    /// <summary>Short enough for a test to fail in reasonable time, long enough for a shared 2-core machine.</summary>
    public static AssociationTimeouts Timeouts { get; } = new(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(60));

    public static RemoteNode Node(DicomEndpoint endpoint, string? aeTitle = null, string callingAeTitle = CallingAeTitle) =>
        Node(endpoint.Host, endpoint.Port, aeTitle ?? endpoint.AeTitle, callingAeTitle);

    public static RemoteNode Node(string host, int port, string aeTitle, string callingAeTitle = CallingAeTitle) => RemoteNode.Create(
        new RemoteNodeSettings
        {
            Name = "test archive",
            AeTitle = aeTitle,
            CallingAeTitle = callingAeTitle,
            Host = host,
            Port = port,
            Timeouts = Timeouts,
        },
        []);

    public static IRemoteArchive Connect(RemoteNode node, ArchiveService service, ILoggerFactory? loggers = null) =>
        new DicomRemoteArchiveConnector(loggers ?? NullLoggerFactory.Instance)
            .Connect(new ArchiveConnectionOptions(node, node.EffectiveCallingAeTitle, service));

    public static IRemoteArchive Connect(DicomEndpoint endpoint, ArchiveService service, ILoggerFactory? loggers = null) =>
        Connect(Node(endpoint), service, loggers);
}
