using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.StoreNodes;

/// <summary>What a running store node was started with; a node whose settings differ is restarted.</summary>
internal sealed record StoreNodeListenerSettings(string Name, string AeTitle, int Port, string AllowedCallingAeTitles)
{
    public static StoreNodeListenerSettings Of(StoreNode node) =>
        new(node.Name, node.AeTitle.Value, node.Port, string.Join('\\', node.AllowedCallingAeTitles));

    public bool ListensLike(StoreNodeListenerSettings other) =>
        AeTitle == other.AeTitle && Port == other.Port && AllowedCallingAeTitles == other.AllowedCallingAeTitles;
}
