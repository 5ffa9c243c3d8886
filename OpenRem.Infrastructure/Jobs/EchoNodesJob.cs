using Microsoft.Extensions.Logging;
using OpenRem.Domain.Ports;
using OpenRem.Infrastructure.Persistence.Nodes;
using Quartz;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>
/// Echoes every remote and store node at once, every <see cref="JobOptions.EchoInterval"/>, and keeps the outcomes
/// in <see cref="NodeStatuses"/>. A round never overlaps the previous one. A node whose echo changed from success to
/// failure or back is logged once.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class EchoNodesJob(
    IRemoteNodeRepository remoteNodes,
    IStoreNodeRepository storeNodes,
    INodeEcho echo,
    NodeStatuses statuses,
    TimeProvider time,
    ILogger<EchoNodesJob> logger) : IJob
{
    public static readonly JobKey Key = new("echo-nodes", "nodes");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var remotes = await remoteNodes.ListAsync(cancellationToken).ConfigureAwait(false);
        var stores = await storeNodes.ListAsync(cancellationToken).ConfigureAwait(false);
        var echoes = remotes.Select(node => EchoAsync(node.Id, node.Name, echo.EchoAsync(node, cancellationToken)))
            .Concat(stores.Select(node => EchoAsync(node.Id, node.Name, echo.EchoAsync(node, cancellationToken))));
        await Task.WhenAll(echoes).ConfigureAwait(false);
        statuses.KeepOnly(remotes.Select(node => node.Id).Concat(stores.Select(node => node.Id)).ToHashSet());
    }

    private async Task EchoAsync(int nodeId, string name, Task<NodeEchoResult> echoing)
    {
        NodeEchoResult result;
        try
        {
            result = await echoing.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            result = NodeEchoResult.Failure(exception.Message);
        }

        var previous = statuses.Of(nodeId);
        if (previous is null || previous.Echo.IsSuccess != result.IsSuccess)
        {
            LogChanged(logger, nodeId, name, result.Text);
        }

        statuses.Record(new NodeStatus(nodeId, result, time.GetUtcNow()));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {NodeId} ({NodeName}) echo: {Echo}")]
    private static partial void LogChanged(ILogger logger, int nodeId, string nodeName, string echo);
}
