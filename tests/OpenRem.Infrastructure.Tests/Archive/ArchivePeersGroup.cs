namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>The tests that share <see cref="ArchivePeers"/>; they run one after the other, so peer logs and storescp's folder are theirs alone.</summary>
[CollectionDefinition(Name)]
public sealed class ArchivePeersGroup : ICollectionFixture<ArchivePeers>
{
    public const string Name = "Archive peers";
}
