using OpenRem.Dicom.Network.Client;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>
/// Moves from dcmqrscp to our Store SCP and to storescp, both in its HostTable; see <see cref="MoveIntegrityTests"/>.
/// dcmqrscp holds what storescu sent it (every sample in explicit VR little endian, re-encoded by DCMTK: defined
/// sequence lengths, no group lengths), so here the comparison with the source files is element by element.
/// </summary>
[Collection(DcmtkInteropGroup.Name)]
public sealed class DcmqrscpMoveIntegrityTests(DcmtkPeers peers) : MoveIntegrityTests
{
    private protected override IDicomClient Client => DicomClientFactory.Create("127.0.0.1", peers.Archive.Port, useTls: false, "OPENREM", DcmtkPeers.QueryAE);

    private protected override MoveDestinations Destinations => peers.Destinations;

    private protected override IReadOnlyList<SampleObject> Held => SampleCatalogue.HeldByDcmqrscp;

    private protected override string SourceAE => DcmtkPeers.QueryAE;
}
