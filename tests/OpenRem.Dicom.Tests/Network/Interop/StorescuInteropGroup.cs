namespace OpenRem.Dicom.Tests.Network.Interop;

/// <summary>The tests of our Store SCP against DCMTK's storescu share one reference storescp and never run in parallel with other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StorescuInteropGroup : ICollectionFixture<ReferenceStorescp>
{
    public const string Name = "DCMTK storescu interop";
}
