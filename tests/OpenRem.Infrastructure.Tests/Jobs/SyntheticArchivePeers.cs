using OpenRem.Domain.Nodes;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Jobs;

/// <summary>
/// Orthanc holding <see cref="Studies"/> synthetic studies (a busy archive: a retrieve of them takes long enough to be
/// stopped part way), whose move destination is a store node run by the application under test on
/// <see cref="StorePort"/>; stopped by PID at the end.
/// </summary>
public sealed class SyntheticArchivePeers : IAsyncLifetime
{
    internal const int Studies = 120;

    internal const string StoreAeTitle = "OPENREM_RESUME";

    internal int StorePort { get; } = FreePort.Next();

    internal OrthancPeer Orthanc { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var destinations = new Dictionary<string, int>(StringComparer.Ordinal) { [StoreAeTitle] = StorePort };
        Orthanc = await OrthancPeer.StartAsync("BUSYPACS", destinations, [], TestContext.Current.CancellationToken);
        var set = await Orthanc.LoadSyntheticStudiesAsync(Studies, TestContext.Current.CancellationToken);
        Assert.Equal(Studies, set.Studies.Count);
    }

    /// <summary>Adds Orthanc as a remote node and the store node run by the application to the host's database.</summary>
    internal Task<(RemoteNode Remote, StoreNode Store)> AddNodesAsync(JobHost host) =>
        host.AddNodesAsync(Orthanc, StoreAeTitle, StorePort);

    public async ValueTask DisposeAsync() => await Orthanc.DisposeAsync();
}
