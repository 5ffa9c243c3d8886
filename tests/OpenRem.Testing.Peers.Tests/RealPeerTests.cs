namespace OpenRem.Testing.Peers.Tests;

/// <summary>The tests that start real peers: one at a time, and not beside other tests, so they share the 2 cores with no one.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealPeerTests
{
    public const string Name = "Real DICOM peers";
}
