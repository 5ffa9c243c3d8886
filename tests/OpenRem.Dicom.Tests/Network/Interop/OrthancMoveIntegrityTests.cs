using OpenRem.Dicom.Network.Client;

namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>
/// Moves from Orthanc (holding the samples as uploaded, in their own transfer syntaxes) to our Store SCP and to
/// storescp, both registered as modalities in its configuration; see <see cref="MoveIntegrityTests"/>.
/// </summary>
[Collection(OrthancInteropGroup.Name)]
public sealed class OrthancMoveIntegrityTests(OrthancPeers peers) : MoveIntegrityTests
{
    private protected override IDicomClient Client => DicomClientFactory.Create(peers.Archive.Host, peers.Archive.DicomPort, useTls: false, "OPENREM", peers.Archive.AeTitle);

    private protected override MoveDestinations Destinations => peers.Destinations;

    private protected override IReadOnlyList<SampleObject> Held => SampleCatalogue.HeldByOrthanc;

    private protected override string SourceAE => OrthancPeers.ArchiveAE;
}
