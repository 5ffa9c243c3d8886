namespace OpenRem.Testing.Peers.Tests;

public sealed class SharedMaterialTests
{
    [Fact]
    public void Finds_the_shared_folder_beside_the_repository_with_scripts_and_samples()
    {
        var root = SharedMaterial.Require();

        Assert.Equal(Path.GetFullPath(Path.Combine(SharedMaterial.RepositoryRoot, "..", "shared")), root);
        Assert.True(File.Exists(Path.Combine(SharedMaterial.RepositoryRoot, "OpenRem.sln")));
        Assert.Equal(Path.Combine(root, "peers", "start-dcmqrscp.sh"), SharedMaterial.PeerScript("start-dcmqrscp.sh"));
        Assert.Equal(65, SharedMaterial.SampleFiles().Count);
    }

    [Fact]
    public void A_missing_script_is_named_in_the_error()
    {
        var error = Assert.Throws<MissingPrerequisiteException>(() => SharedMaterial.PeerScript("no-such-script.sh"));

        Assert.Contains("no-such-script.sh", error.Message, StringComparison.Ordinal);
    }
}
