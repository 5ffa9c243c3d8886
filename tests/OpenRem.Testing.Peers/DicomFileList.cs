namespace OpenRem.Testing.Peers;

/// <summary>Turns files and folders into a list of files: a folder gives its *.dcm files, recursively, sorted.</summary>
internal static class DicomFileList
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.dcm", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else
            {
                throw new FileNotFoundException($"No such DICOM file or folder: {path}", path);
            }
        }

        return files;
    }

    /// <summary>Checks that every path exists, without listing folders (the load scripts do that).</summary>
    public static IReadOnlyList<string> RequireExisting(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var all = paths.Select(Path.GetFullPath).ToList();
        var missing = all.FirstOrDefault(path => !File.Exists(path) && !Directory.Exists(path));
        return missing is null ? all : throw new FileNotFoundException($"No such DICOM file or folder: {missing}", missing);
    }
}
