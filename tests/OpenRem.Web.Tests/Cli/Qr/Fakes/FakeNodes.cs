using OpenRem.Domain.Ports;
using OpenRem.Domain.Nodes;
using OpenRem.Web.Cli.Qr;

namespace OpenRem.Web.Tests.Cli.Qr.Fakes;

/// <summary>Remote and store nodes by database ID, and the echo outcome each gives.</summary>
internal sealed class FakeNodes : IQrNodeLookup, INodeEcho
{
    public Dictionary<int, RemoteNode> Remotes { get; } = [];

    public Dictionary<int, StoreNode> Stores { get; } = [];

    public NodeEchoResult RemoteEcho { get; set; } = NodeEchoResult.Success;

    public NodeEchoResult StoreEcho { get; set; } = NodeEchoResult.Success;

    public List<string> Echoed { get; } = [];

    public static RemoteNode Remote(string name = "pacs") => RemoteNode.Create(
        new RemoteNodeSettings { Name = name, AeTitle = "PACS", CallingAeTitle = "OPENREM", Host = "127.0.0.1", Port = 104 },
        []);

    public static StoreNode Store(string name = "store") => StoreNode.Create(
        new StoreNodeSettings { Name = name, AeTitle = "OPENREMSTORE", Port = 11112, Kind = StoreNodeKind.External, Host = "127.0.0.1" },
        []);

    public Task<RemoteNode?> FindRemoteNodeAsync(int id, CancellationToken cancellationToken) =>
        Task.FromResult(Remotes.GetValueOrDefault(id));

    public Task<StoreNode?> FindStoreNodeAsync(int id, CancellationToken cancellationToken) =>
        Task.FromResult(Stores.GetValueOrDefault(id));

    public Task<NodeEchoResult> EchoAsync(RemoteNode node, CancellationToken cancellationToken)
    {
        lock (Echoed)
        {
            Echoed.Add(node.Name);
        }

        return Task.FromResult(RemoteEcho);
    }

    public Task<NodeEchoResult> EchoAsync(StoreNode node, CancellationToken cancellationToken)
    {
        lock (Echoed)
        {
            Echoed.Add(node.Name);
        }

        return Task.FromResult(StoreEcho);
    }
}
