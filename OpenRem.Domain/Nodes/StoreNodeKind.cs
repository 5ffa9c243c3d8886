namespace OpenRem.Domain.Nodes;

/// <summary>Who runs a store node.</summary>
public enum StoreNodeKind
{
    /// <summary>This application listens for the C-STOREs itself, on the node's port.</summary>
    RunByThisApp,

    /// <summary>Another store (for example Orthanc) receives the objects; it is reached at the node's host.</summary>
    External,
}
