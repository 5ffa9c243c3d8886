namespace OpenRem.Dicom.Tests.Dictionary;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string GeneratorScript => Path.Combine(Root, "tools", "generate-dictionary.py");

    public static string GeneratedFolder => Path.Combine(Root, "OpenRem.Dicom", "Dictionary", "Generated");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "tools", "generate-dictionary.py")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds tools/generate-dictionary.py.");
    }
}
