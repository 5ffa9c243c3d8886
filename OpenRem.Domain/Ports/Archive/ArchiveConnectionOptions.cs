using OpenRem.Domain.Nodes;

namespace OpenRem.Domain.Ports.Archive;

/// <summary>Which node to talk to, with which calling AE title, for which service.</summary>
public sealed record ArchiveConnectionOptions(RemoteNode Node, AeTitle CallingAeTitle, ArchiveService Service);
