namespace OpenRem.Dicom.Tests.Support;

/// <summary>Where the tests find the repository, the shared samples and Debian's pydicom test files.</summary>
internal static class TestPaths
{
    public const string PydicomDataDirectory = "/usr/lib/python3/dist-packages/pydicom/data";
    public const string Python = PythonProcess.Interpreter;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SharedDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string SamplesDirectory => Path.Combine(SharedDirectory, "dicom-samples");

    public static string ReferenceScript => Path.Combine(RepositoryRoot, "tests", "OpenRem.Dicom.Tests", "Reference", "pydicom_json.py");

    /// <summary>Fails with a message saying what to do when the shared samples are not beside the repository.</summary>
    public static string RequireSamples()
    {
        if (!Directory.Exists(SamplesDirectory))
        {
            Assert.Fail($"The shared samples are missing: expected {SamplesDirectory} (the read-only ../shared folder beside the repository).");
        }

        return SamplesDirectory;
    }

    /// <summary>Fails with a message saying what to install when Debian's python3-pydicom is absent.</summary>
    public static void RequirePydicom()
    {
        if (!File.Exists(Python) || !Directory.Exists(PydicomDataDirectory))
        {
            Assert.Fail($"pydicom is missing: expected {Python} and {PydicomDataDirectory}. Install it with: apt-get install python3-pydicom (./test.sh does this).");
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenRem.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Cannot find OpenRem.sln above {AppContext.BaseDirectory}.");
    }
}
