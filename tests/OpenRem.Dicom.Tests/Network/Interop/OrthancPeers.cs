using OpenRem.Testing.Peers;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>
/// One Orthanc loaded with the shared samples (REST upload), with move destinations registered as modalities in its
/// configuration (our Store SCP and storescp, see <see cref="MoveDestinations"/>, and one where nothing listens),
/// started once for the Orthanc interop collection and stopped by PID at its end.
/// </summary>
public sealed class OrthancPeers : IAsyncLifetime
{
    public const string ArchiveAE = "ORTHANC";

    /// <summary>A registered move destination where nothing listens (a free port nobody took).</summary>
    public const string UnreachableAE = "UNREACHABLE";

    private MoveDestinations? _destinations;
    private OrthancPeer? _archive;

    internal MoveDestinations Destinations => _destinations ?? throw new InvalidOperationException("The peers did not start.");

    internal OrthancPeer Archive => _archive ?? throw new InvalidOperationException("The peers did not start.");

    public async ValueTask InitializeAsync()
    {
        try
        {
            _destinations = await MoveDestinations.StartAsync();
            var destinations = new Dictionary<string, int>(_destinations.ByAETitle, StringComparer.Ordinal) { [UnreachableAE] = FreePort.Next() };
            _archive = await OrthancPeer.StartAsync(new OrthancOptions { AeTitle = ArchiveAE, MoveDestinations = destinations });
            await _archive.UploadAsync([SharedMaterial.SamplesDirectory]);
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
