using OpenRem.Domain.Nodes;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Jobs;

/// <summary>
/// Orthanc loaded with the shared samples, whose move destination is a store node run by the application under
/// test on <see cref="StorePort"/> (each test adds that node to its own database); stopped by PID at the end.
/// </summary>
public sealed class JobPeers : IAsyncLifetime
{
    internal const string StoreAeTitle = "OPENREM_JOBS";

    internal int StorePort { get; } = FreePort.Next();

    internal OrthancPeer Orthanc { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var destinations = new Dictionary<string, int>(StringComparer.Ordinal) { [StoreAeTitle] = StorePort };
        Orthanc = await OrthancPeer.StartAsync("ORTHANC", destinations, SharedMaterial.SampleFiles(), TestContext.Current.CancellationToken);
        Assert.True(Orthanc.Loaded.Stored > 0, "Orthanc holds no sample.");
    }

    /// <summary>Adds Orthanc as a remote node and the store node run by the application to the host's database.</summary>
    internal Task<(RemoteNode Remote, StoreNode Store)> AddNodesAsync(JobHost host, int maxParallelAssociations = 1) =>
        host.AddNodesAsync(Orthanc, StoreAeTitle, StorePort, maxParallelAssociations);

    public async ValueTask DisposeAsync() => await Orthanc.DisposeAsync();
}
