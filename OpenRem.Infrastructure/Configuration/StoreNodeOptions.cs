namespace OpenRem.Infrastructure.Configuration;

/// <summary>The <c>OpenRem:StoreNodes</c> section: how the store nodes run by this application listen and store.</summary>
public sealed class StoreNodeOptions
{
    /// <summary>Name of the configuration section.</summary>
    public const string SectionName = "OpenRem:StoreNodes";

    /// <summary>The IP address the store nodes listen on; all IPv4 addresses by default.</summary>
    public string BindAddress { get; set; } = "0.0.0.0";

    /// <summary>Whether each object is flushed to the disk (fsync) before it is acknowledged: safe against a power cut, slower.</summary>
    public bool FlushToDisk { get; set; }

    /// <summary>How often the store nodes are compared with the database, to pick up nodes changed by another process.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long open associations may go on when a store node stops before they are aborted.</summary>
    public TimeSpan StopGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many received objects the importer takes into one database transaction at most.</summary>
    public int ImportBatchSize { get; set; } = 200;

    /// <summary>How long the importer waits for more objects to fill a batch once it has one.</summary>
    public TimeSpan ImportBatchWindow { get; set; } = TimeSpan.FromMilliseconds(250);
}
