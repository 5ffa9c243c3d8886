using OpenRem.Domain.Nodes;

namespace OpenRem.Infrastructure.StoreNodes;

/// <summary>A store node with the last state its process wrote and what it has received.</summary>
/// <param name="Status">The last state written by the process that runs it; null when it has never run.</param>
/// <param name="ObjectsReceived">Every object it has received (each reception counts).</param>
/// <param name="ObjectsNotImported">Of those, the receptions that could not be imported.</param>
public sealed record StoreNodeReport(
    StoreNode Node,
    StoreNodeRuntimeStatus? Status,
    int ObjectsReceived,
    int ObjectsNotImported,
    DateTimeOffset? LastReceivedAt);
