using Microsoft.Extensions.Logging;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Client;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;

namespace OpenRem.Infrastructure.Archive;

/// <summary>
/// C-ECHO to a remote node (with its calling AE title and timeouts) or to a store node (at its host, or on this
/// machine when the application runs it), with the outcome in words.
/// </summary>
internal sealed partial class DicomNodeEcho(ILogger<DicomNodeEcho> logger) : INodeEcho
{
    private const string LoopbackHost = "127.0.0.1";

    public Task<NodeEchoResult> EchoAsync(RemoteNode node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        return EchoAsync(node.Host.Value, node.Port, node.EffectiveCallingAeTitle.Value, node.AeTitle.Value, node.Timeouts, cancellationToken);
    }

    public Task<NodeEchoResult> EchoAsync(StoreNode node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        var host = node.Host?.Value ?? LoopbackHost;
        return EchoAsync(host, node.Port, RemoteNode.DefaultCallingAeTitle, node.AeTitle.Value, AssociationTimeouts.Default, cancellationToken);
    }

    private async Task<NodeEchoResult> EchoAsync(
        string host, int port, string callingAe, string calledAe, AssociationTimeouts timeouts, CancellationToken cancellationToken)
    {
        var client = DicomClientFactory.Create(host, port, useTls: false, callingAe, calledAe, AssociationSettings.ClientOptions(timeouts, logger));
        try
        {
            var response = await client.SendCEchoAsync(cancellationToken).ConfigureAwait(false);
            if (response.Status.State == DicomState.Success)
            {
                return NodeEchoResult.Success;
            }

            return NodeEchoResult.Failure(response.Status.ToString());
        }
        catch (DicomNetworkException exception)
        {
            LogEchoFailed(logger, calledAe, host, port, exception.Message);
            return NodeEchoResult.Failure(exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "C-ECHO to {CalledAe} at {Host}:{Port} failed: {Reason}")]
    private static partial void LogEchoFailed(ILogger logger, string calledAe, string host, int port, string reason);
}
