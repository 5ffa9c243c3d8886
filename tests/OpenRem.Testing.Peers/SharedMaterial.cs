namespace OpenRem.Testing.Peers;

/// <summary>
/// The read-only ../shared folder beside the repository: the peer scripts (peers/) and the DICOM samples
/// (dicom-samples/). The repository root is the first folder above <see cref="AppContext.BaseDirectory"/> that holds
/// OpenRem.sln.
/// </summary>
public static class SharedMaterial
{
    private static readonly Lazy<string> Repository = new(FindRepositoryRoot);

    /// <summary>The folder that holds OpenRem.sln.</summary>
    public static string RepositoryRoot => Repository.Value;

    /// <summary>Where the shared folder is expected, whether or not it exists.</summary>
    public static string ExpectedRoot => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The peer scripts (start-*.sh, load-*.sh, make-synthetic.py).</summary>
    public static string PeersDirectory => Path.Combine(Require(), "peers");

    /// <summary>The 65 DICOM sample files.</summary>
    public static string SamplesDirectory => Path.Combine(Require(), "dicom-samples");

    /// <summary>The shared folder; throws <see cref="MissingPrerequisiteException"/> when it is not there.</summary>
    public static string Require()
    {
        var root = ExpectedRoot;
        if (!Directory.Exists(root))
        {
            throw new MissingPrerequisiteException(
                $"The read-only ../shared folder beside the repository is missing: expected {root} (with peers/ and dicom-samples/).");
        }

        return root;
    }

    /// <summary>Every *.dcm file of the samples folder, sorted by name.</summary>
    public static IReadOnlyList<string> SampleFiles() =>
        [.. Directory.EnumerateFiles(SamplesDirectory, "*.dcm").Order(StringComparer.Ordinal)];

    /// <summary>One sample file by name, such as <c>CT-RDSR-GEPixelMed.dcm</c>; throws when it is not there.</summary>
    public static string Sample(string fileName)
    {
        var path = Path.Combine(SamplesDirectory, fileName);
        return File.Exists(path)
            ? path
            : throw new MissingPrerequisiteException($"The shared sample {fileName} is missing: expected {path}.");
    }

    /// <summary>One script of the peers folder, such as <c>start-dcmqrscp.sh</c>; throws when it is not there.</summary>
    public static string PeerScript(string fileName)
    {
        var path = Path.Combine(PeersDirectory, fileName);
        return File.Exists(path)
            ? path
            : throw new MissingPrerequisiteException($"The shared peer script {fileName} is missing: expected {path}.");
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenRem.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Cannot find the repository root (the folder holding OpenRem.sln) above {AppContext.BaseDirectory}.");
    }
}
