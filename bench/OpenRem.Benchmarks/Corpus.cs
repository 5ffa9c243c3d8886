namespace OpenRem.Benchmarks;

/// <summary>The files benchmarks run over: Debian pydicom's test data and the shared samples.</summary>
internal static class Corpus
{
    private static readonly string[] NotDicom = [".py", ".pyc", ".json", ".txt", ".md", ".dump", ".gz", ".bz2", ".rst"];

    public static IReadOnlyList<string> Files()
    {
        var files = new List<string>();
        const string pydicom = "/usr/lib/python3/dist-packages/pydicom/data";
        if (Directory.Exists(pydicom))
        {
            files.AddRange(Directory.EnumerateFiles(pydicom, "*", SearchOption.AllDirectories)
                .Where(p => !p.Contains("__pycache__", StringComparison.Ordinal) && Path.GetFileName(p) != "README")
                .Where(p => !NotDicom.Any(ext => p.EndsWith(ext, StringComparison.OrdinalIgnoreCase))));
        }

        var samples = Path.Combine(FindRepositoryRoot(), "..", "shared", "dicom-samples");
        if (Directory.Exists(samples))
        {
            files.AddRange(Directory.EnumerateFiles(samples, "*.dcm"));
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenRem.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
