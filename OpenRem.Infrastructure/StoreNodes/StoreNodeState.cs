namespace OpenRem.Infrastructure.StoreNodes;

/// <summary>What a store node run by this application is doing now, for the user interface.</summary>
public sealed record StoreNodeState(
    int StoreNodeId,
    string Name,
    bool IsListening,
    string? ListeningOn,
    int OpenAssociations,
    long ObjectsReceived,
    long ObjectsImported,
    long ObjectsNotImported,
    string? LastError);
