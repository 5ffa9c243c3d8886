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

    public static StoreNode Store() => StoreNode.Create(
        new StoreNodeSettings { Name = "store", AeTitle = "openremstore", Port = 104 },
        []);
}
