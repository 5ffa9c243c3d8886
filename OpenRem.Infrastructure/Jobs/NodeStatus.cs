using OpenRem.Domain.Ports;

namespace OpenRem.Infrastructure.Jobs;

/// <summary>The last C-ECHO of a node: its outcome (with the reason when it failed) and when it was made.</summary>
public sealed record NodeStatus(int NodeId, NodeEchoResult Echo, DateTimeOffset CheckedAt);
