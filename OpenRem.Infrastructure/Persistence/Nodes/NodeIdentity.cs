namespace OpenRem.Infrastructure.Persistence.Nodes;

/// <summary>
/// One node ID, handed out once. Remote and store nodes live in two tables but take their IDs from this one, so
/// that an ID names one node whatever its kind (<c>nodes remove ID</c>) and a removed node's ID is never reused.
/// </summary>
internal sealed class NodeIdentity
{
    public int Id { get; private set; }
}
