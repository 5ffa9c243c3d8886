using OpenRem.Domain.Nodes;

namespace OpenRem.Domain.Ports;

/// <summary>Verifies that a node answers (C-ECHO), with the outcome in the reference's words.</summary>
public interface INodeEcho
{
    /// <summary>C-ECHO to the remote node, with its calling AE title.</summary>
    Task<NodeEchoResult> EchoAsync(RemoteNode node, CancellationToken cancellationToken);

    /// <summary>C-ECHO to the store node the objects will be sent to.</summary>
    Task<NodeEchoResult> EchoAsync(StoreNode node, CancellationToken cancellationToken);
}
