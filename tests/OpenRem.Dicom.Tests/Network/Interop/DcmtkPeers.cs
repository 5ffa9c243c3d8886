using OpenRem.Testing.Peers;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>
/// One dcmqrscp loaded with the shared samples and one storescp as its move destination, started once for the
/// interop collection (through the shared peer harness) and stopped by PID at its end.
/// </summary>
public sealed class DcmtkPeers : IAsyncLifetime
{
    public const string QueryAE = "QRSCP";
    public const string StoreAE = "OPENREM_STORE";

    private StorescpPeer? _store;
    private DcmqrscpPeer? _archive;

    internal StorescpPeer Store => _store ?? throw new InvalidOperationException("The peers did not start.");

    internal DcmqrscpPeer Archive => _archive ?? throw new InvalidOperationException("The peers did not start.");

    public int LoadedInstances { get; private set; }

    /// <summary>The SOP Instance UIDs storescp has received (its files are named &lt;Modality&gt;.&lt;SOPInstanceUID&gt;).</summary>
    public IReadOnlyList<string> ReceivedInstanceUids() =>
        Store.ReceivedFiles().Select(Path.GetFileName).OfType<string>().Select(name => name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..]).ToArray();

    public async ValueTask InitializeAsync()
    {
        _store = await StorescpPeer.StartAsync(StoreAE);
        _archive = await DcmqrscpPeer.StartAsync(QueryAE, new Dictionary<string, int> { [StoreAE] = _store.Port }, [SharedMaterial.SamplesDirectory]);
        LoadedInstances = _archive.Loaded.Stored;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_archive is not null)
            {
                await _archive.DisposeAsync();
            }
        }
        finally
        {
            if (_store is not null)
            {
                await _store.DisposeAsync();
            }
        }
    }
}
