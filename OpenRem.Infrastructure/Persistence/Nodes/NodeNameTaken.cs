using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.Persistence.Nodes;

/// <summary>A node's name was free when the settings were checked, but another node took it before this one was stored.</summary>
internal static class NodeNameTaken
{
    /// <summary>The error the node settings give for a name already used.</summary>
    public static InvalidNodeSettingsException Error() =>
        new([new NodeSettingError(nameof(RemoteNodeSettings.Name), "Another node already has this name.")]);
}
