using OpenRem.Testing.Peers;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>
/// DCMTK's storescp in bit-preserving mode (+B: each data set written to disk exactly as received), the reference our
/// Store SCP's files are compared with; started once for its collection and stopped by PID at its end.
/// </summary>
public sealed class ReferenceStorescp : IAsyncLifetime
{
    private StorescpPeer? _peer;

    internal StorescpPeer Peer => _peer ?? throw new InvalidOperationException("storescp did not start.");

    public async ValueTask InitializeAsync() =>
        _peer = await StorescpPeer.StartAsync(new StorescpOptions { AeTitle = "STORESCP", BitPreserving = true });

    public async ValueTask DisposeAsync()
    {
        if (_peer is not null)
        {
            await _peer.DisposeAsync();
        }
    }
}
