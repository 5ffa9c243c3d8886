using OpenRem.Testing.Peers;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>
/// One dcmqrscp loaded with the shared samples, with two move destinations (our Store SCP and storescp, see
/// <see cref="MoveDestinations"/>), started once for the DCMTK interop collection (through the shared peer harness)
/// and stopped by PID at its end.
/// </summary>
public sealed class DcmtkPeers : IAsyncLifetime
{
    public const string QueryAE = "QRSCP";

    /// <summary>storescp, the move destination of the tests that only need files to arrive.</summary>
    public const string StoreAE = MoveDestinations.StorescpAE;

    private MoveDestinations? _destinations;
    private DcmqrscpPeer? _archive;

    internal MoveDestinations Destinations => _destinations ?? throw new InvalidOperationException("The peers did not start.");

    internal StorescpPeer Store => Destinations.Storescp;

    internal DcmqrscpPeer Archive => _archive ?? throw new InvalidOperationException("The peers did not start.");

    public int LoadedInstances { get; private set; }

    /// <summary>The SOP Instance UIDs storescp has received (its files are named &lt;Modality&gt;.&lt;SOPInstanceUID&gt;).</summary>
    public IReadOnlyList<string> ReceivedInstanceUids() =>
        Store.ReceivedFiles().Select(Path.GetFileName).OfType<string>().Select(name => name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..]).ToArray();

    public async ValueTask InitializeAsync()
    {
        try
        {
            _destinations = await MoveDestinations.StartAsync();
            _archive = await DcmqrscpPeer.StartAsync(QueryAE, _destinations.ByAETitle, [SharedMaterial.SamplesDirectory]);
            LoadedInstances = _archive.Loaded.Stored;
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops what started, once (also when the start failed half way).</summary>
    public async ValueTask DisposeAsync()
    {
        var (archive, destinations) = (_archive, _destinations);
        (_archive, _destinations) = (null, null);
        try
        {
            if (archive is not null)
            {
                await archive.DisposeAsync();
            }
        }
        finally
        {
            if (destinations is not null)
            {
                await destinations.DisposeAsync();
            }
        }
    }
}
