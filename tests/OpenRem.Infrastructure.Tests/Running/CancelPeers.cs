using OpenRem.Infrastructure.Tests.Archive;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Running;

/// <summary>
/// dcmqrscp loaded with the shared samples, whose move destination <see cref="StoreAeTitle"/> is a storescp that
/// sleeps after every object it receives, so that a C-MOVE of a few objects is still running when it is cancelled.
/// </summary>
public sealed class CancelPeers : IAsyncLifetime
{
    public const string StoreAeTitle = "SLOW_STORE";

    private StorescpPeer? _store;
    private DcmqrscpPeer? _dcmqrscp;

    internal StorescpPeer Store => _store ?? throw new InvalidOperationException("The peers did not start.");

    internal DcmqrscpPeer Dcmqrscp => _dcmqrscp ?? throw new InvalidOperationException("The peers did not start.");

    public async ValueTask InitializeAsync()
    {
        _store = await StorescpPeer.StartAsync(new StorescpOptions { AeTitle = StoreAeTitle, ExtraArguments = "--sleep-after 2" });
        var destinations = new Dictionary<string, int>(StringComparer.Ordinal) { [StoreAeTitle] = _store.Port };
        _dcmqrscp = await DcmqrscpPeer.StartAsync(ArchivePeers.DcmqrscpAeTitle, destinations, [SharedMaterial.SamplesDirectory]);
        Assert.Equal(SampleLibrary.InDcmqrscp.Count, _dcmqrscp.Loaded.Stored);
    }

    public async ValueTask DisposeAsync()
    {
        if (_dcmqrscp is not null)
        {
            await _dcmqrscp.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}
