namespace OpenRem.Infrastructure.StoreNodes;

/// <summary>The store nodes this process runs, as they are now.</summary>
public interface IStoreNodeStatuses
{
    /// <summary>Every store node run by this application that this process knows, by name.</summary>
    IReadOnlyList<StoreNodeState> Current { get; }

    /// <summary>Asks for the store nodes to be compared with the database now (after a change made in this process).</summary>
    void Reconcile();
}
