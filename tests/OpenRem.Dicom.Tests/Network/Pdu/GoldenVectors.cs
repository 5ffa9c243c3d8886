namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>
/// The DCMTK captures and synthetic vectors in the shared folder, found as ../shared/dicom-vectors relative to the
/// repository root (the folder that holds OpenRem.sln). Missing vectors are an error, never a skip.
/// </summary>
internal static class GoldenVectors
{
    public const int CaptureCount = 179;

    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string CapturesDirectory => Path.Combine(Root, "captures");

    public static IReadOnlyList<string> CaptureNames() =>
        Directory.GetFiles(CapturesDirectory, "*.bin").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> CaptureNameData() => new(CaptureNames());

    public static CaptureFile Capture(string name) => CaptureFile.Load(Path.Combine(CapturesDirectory, name));

    public static IReadOnlyList<CaptureFile> Captures() => CaptureNames().Select(Capture).ToArray();

    /// <summary>The captures of one scenario in the order they were seen on the wire.</summary>
    public static IReadOnlyList<CaptureFile> Scenario(string label) =>
        Captures().Where(c => c.Label == label).OrderBy(c => c.Sequence).ToArray();

    public static byte[] Synthetic(string name) => File.ReadAllBytes(Path.Combine(Root, "synthetic", name));

    public static string DecodedText(string label) => File.ReadAllText(Path.Combine(Root, "decoded", label + ".txt"));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenRem.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException(
                $"No folder above {AppContext.BaseDirectory} holds OpenRem.sln, so the shared DICOM vectors cannot be located.");
        }

        var vectors = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "dicom-vectors"));
        if (!Directory.Exists(Path.Combine(vectors, "captures")))
        {
            throw new InvalidOperationException(
                $"The shared DICOM vectors are missing: expected {vectors}/captures next to the repository at {directory.FullName}. " +
                "These tests need the shared folder (../shared relative to the repository root).");
        }

        return vectors;
    }
}
