namespace OpenRem.Testing.Peers.Tests;

/// <summary>A fresh folder under the system temp folder, deleted with its contents on dispose.</summary>
internal sealed class TestDirectory : IDisposable
{
    public TestDirectory() =>
        Path = Directory.CreateTempSubdirectory("openrem-peers-tests-").FullName;

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
