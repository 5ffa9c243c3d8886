namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>The Orthanc interop tests share one Orthanc and its move destinations, and never run in parallel with other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OrthancInteropGroup : ICollectionFixture<OrthancPeers>
{
    public const string Name = "Orthanc interop";
}
