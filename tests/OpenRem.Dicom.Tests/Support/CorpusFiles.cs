namespace OpenRem.Dicom.Tests.Support;

/// <summary>
/// The corpora every data-layer test runs over: the DICOM files among Debian python3-pydicom's test data
/// and the shared dose-object samples. A missing corpus yields one entry that fails with a clear message.
/// </summary>
internal static class CorpusFiles
{
    public const string MissingPydicom = "<python3-pydicom is not installed>";
    public const string MissingShared = "<../shared/dicom-samples is missing>";

    private static readonly string[] NotDicom = [".py", ".pyc", ".json", ".txt", ".md", ".dump", ".gz", ".bz2", ".rst"];

    public static IReadOnlyList<string> Pydicom { get; } = ListPydicom();

    public static IReadOnlyList<string> Samples { get; } = ListSamples();

    public static IEnumerable<string> All => Pydicom.Concat(Samples);

    /// <summary>The corpus as theory data, each row a path (or a marker that fails with an explanation).</summary>
    public static TheoryData<string> AllAsTheoryData() => new(All);

    /// <summary>Fails the test when <paramref name="path"/> is a marker for a missing corpus.</summary>
    public static void RequirePresent(string path)
    {
        if (path == MissingPydicom)
        {
            TestPaths.RequirePydicom();
        }

        if (path == MissingShared)
        {
            TestPaths.RequireSamples();
        }
    }

    /// <summary>A short name for messages: the path below the corpus root.</summary>
    public static string ShortName(string path) =>
        path.StartsWith(TestPaths.PydicomDataDirectory, StringComparison.Ordinal)
            ? "pydicom:" + Path.GetRelativePath(TestPaths.PydicomDataDirectory, path)
            : "samples:" + Path.GetFileName(path);

    private static string[] ListPydicom()
    {
        if (!Directory.Exists(TestPaths.PydicomDataDirectory))
        {
            return [MissingPydicom];
        }

        return Directory.EnumerateFiles(TestPaths.PydicomDataDirectory, "*", SearchOption.AllDirectories)
            .Where(p => !p.Contains("__pycache__", StringComparison.Ordinal))
            .Where(p => !NotDicom.Any(ext => p.EndsWith(ext, StringComparison.OrdinalIgnoreCase)))
            .Where(p => Path.GetFileName(p) != "README")
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static string[] ListSamples()
    {
        if (!Directory.Exists(TestPaths.SamplesDirectory))
        {
            return [MissingShared];
        }

        return Directory.EnumerateFiles(TestPaths.SamplesDirectory, "*.dcm").Order(StringComparer.Ordinal).ToArray();
    }
}
