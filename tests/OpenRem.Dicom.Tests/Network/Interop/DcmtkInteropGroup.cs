namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>The interop tests share one set of DCMTK peers and never run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DcmtkInteropGroup : ICollectionFixture<DcmtkPeers>
{
    public const string Name = "DCMTK interop";
}
