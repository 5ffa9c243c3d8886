namespace OpenRem.Dicom.Network.Server;

/// <summary>
/// Names received objects under a store directory. UIDs become folder and file names only when they are safe
/// (1 to 64 digits and dots, no empty component), so no object can be written outside the directory.
/// </summary>
public static class StorePathPolicy
{
    /// <summary>The folder name used for a missing or unusable Study or Series Instance UID.</summary>
    public const string UnknownFolder = "unknown";

    /// <summary>The folder (under the store directory) where objects are written while they arrive.</summary>
    public const string IncomingFolder = ".incoming";

    /// <summary>True when <paramref name="uid"/> can be used as a file or folder name: digits and dots, no empty component, at most 64 characters.</summary>
    public static bool IsSafeUid(string? uid)
    {
        if (string.IsNullOrEmpty(uid) || uid.Length > 64 || uid[0] == '.' || uid[^1] == '.')
        {
            return false;
        }

        for (var i = 0; i < uid.Length; i++)
        {
            var c = uid[i];
            if (c == '.' ? uid[i - 1] == '.' : !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The path of an object: <paramref name="sopInstanceUid"/> must be safe (<see cref="IsSafeUid"/>).</summary>
    public static string Choose(string root, StorageLayout layout, DicomDataset header, string sopInstanceUid)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(header);
        if (!IsSafeUid(sopInstanceUid))
        {
            throw new ArgumentException($"'{sopInstanceUid}' is not a UID that can name a file.", nameof(sopInstanceUid));
        }

        var fullRoot = Path.GetFullPath(root);
        var path = layout == StorageLayout.Flat
            ? Path.Combine(fullRoot, sopInstanceUid + ".dcm")
            : Path.Combine(fullRoot, Folder(header, DicomTag.StudyInstanceUID), Folder(header, DicomTag.SeriesInstanceUID), sopInstanceUid + ".dcm");
        var full = Path.GetFullPath(path);
        return full.StartsWith(Path.TrimEndingDirectorySeparator(fullRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new ArgumentException($"The path {full} is outside the store directory {fullRoot}.", nameof(sopInstanceUid));
    }

    private static string Folder(DicomDataset header, DicomTag tag) =>
        header.TryGetString(tag, out var uid) && IsSafeUid(uid = uid.Trim(' ', '\0')) ? uid : UnknownFolder;
}
