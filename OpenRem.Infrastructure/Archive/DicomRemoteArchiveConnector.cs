using Microsoft.Extensions.Logging;
using OpenRem.Dicom.Network.Client;
using OpenRem.Domain.Ports.Archive;

namespace OpenRem.Infrastructure.Archive;

/// <summary>
/// Connects the Domain to remote archives through OpenRem.Dicom's client: each connection talks to the node's host and
/// port, calls its AE title with the given calling AE title, and waits as long as the node's timeouts say. With
/// <paramref name="slots"/>, a connection opens an association only when the node's limit of parallel associations
/// allows it, counted across every connection that shares the slots (every job of the application).
/// </summary>
public sealed class DicomRemoteArchiveConnector(ILoggerFactory loggerFactory, NodeAssociationSlots? slots = null) : IRemoteArchiveConnector
{
    /// <inheritdoc />
    public IRemoteArchive Connect(ArchiveConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var node = options.Node;
        var clientOptions = AssociationSettings.ClientOptions(node.Timeouts, loggerFactory.CreateLogger<DicomClient>());
        var client = DicomClientFactory.Create(node.Host.Value, node.Port, useTls: false, options.CallingAeTitle.Value, node.AeTitle.Value, clientOptions);
        Func<CancellationToken, ValueTask<IDisposable>>? acquireSlot = slots is null ? null : token => slots.AcquireAsync(node, token);
        return new DicomRemoteArchive(client, options, loggerFactory.CreateLogger<DicomRemoteArchive>(), acquireSlot);
    }
}
