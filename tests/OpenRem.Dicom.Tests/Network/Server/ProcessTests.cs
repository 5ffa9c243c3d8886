namespace OpenRem.Dicom.Tests.Network.Server;

/// <summary>The collection of tests that start processes (DCMTK tools): they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessTests
{
    public const string Name = "Processes";
}
