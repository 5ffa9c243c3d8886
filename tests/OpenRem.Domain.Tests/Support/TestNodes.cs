using OpenRem.Domain.Nodes;

namespace OpenRem.Domain.Tests.Support;

internal static class TestNodes
{
    public static RemoteNode Remote(bool useModalityTag = false, int parallelAssociations = 1) => RemoteNode.Create(
        new RemoteNodeSettings
        {
            Name = "qrserver",
            AeTitle = "qrserver",
            CallingAeTitle = "openrem",
            Host = "qrserver",
            Port = 104,
            UseModalityTagAtStudyLevel = useModalityTag,
            MaxParallelAssociations = parallelAssociations,
        },
        []);

    /// <summary>A store node run by this application: a retrieve into it waits for the objects to arrive.</summary>
    public static StoreNode Store() => StoreNode.Create(
        new StoreNodeSettings { Name = "store", AeTitle = "openremstore", Port = 104 },
        []);

    /// <summary>An external store node: what arrives there is not followed.</summary>
    public static StoreNode ExternalStore() => StoreNode.Create(
        new StoreNodeSettings { Name = "store", AeTitle = "openremstore", Port = 104, Kind = StoreNodeKind.External, Host = "store.example.org" },
        []);
}
