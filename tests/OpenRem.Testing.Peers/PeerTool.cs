namespace OpenRem.Testing.Peers;

/// <summary>
/// A program from a Debian package that the peers need, found at its fixed Debian path. <see cref="Require"/> throws a
/// <see cref="MissingPrerequisiteException"/> that says which package to install; nothing is ever skipped.
/// </summary>
public sealed record PeerTool(string Name, string Path, string Package)
{
    public static PeerTool Dcmqrscp { get; } = Dcmtk("dcmqrscp");

    public static PeerTool Storescp { get; } = Dcmtk("storescp");

    public static PeerTool Storescu { get; } = Dcmtk("storescu");

    public static PeerTool Findscu { get; } = Dcmtk("findscu");

    public static PeerTool Movescu { get; } = Dcmtk("movescu");

    public static PeerTool Echoscu { get; } = Dcmtk("echoscu");

    public static PeerTool Orthanc { get; } = new("Orthanc", "/usr/sbin/Orthanc", "orthanc");

    public static PeerTool Curl { get; } = new("curl", "/usr/bin/curl", "curl");

    public static PeerTool Bash { get; } = new("bash", "/bin/bash", "bash");

    public static PeerTool Python { get; } = new("python3", "/usr/bin/python3", "python3");

    /// <summary>Debian's pydicom, used by make-synthetic.py through /usr/bin/python3.</summary>
    public static PeerTool Pydicom { get; } = new("pydicom", "/usr/lib/python3/dist-packages/pydicom/__init__.py", "python3-pydicom");

    public bool IsInstalled => File.Exists(Path);

    /// <summary>The tool's path; throws with "NAME is missing: apt-get install PACKAGE" when it is absent.</summary>
    public string Require() =>
        IsInstalled
            ? Path
            : throw new MissingPrerequisiteException($"{Name} is missing: apt-get install {Package} (expected {Path}; ./test.sh installs it).");

    /// <summary>Requires every tool given, reporting all missing ones at once.</summary>
    public static void RequireAll(params IEnumerable<PeerTool> tools)
    {
        var missing = tools.Where(tool => !tool.IsInstalled).ToList();
        if (missing.Count == 1)
        {
            missing[0].Require();
        }
        else if (missing.Count > 1)
        {
            var names = string.Join(", ", missing.Select(tool => tool.Name));
            var packages = string.Join(' ', missing.Select(tool => tool.Package).Distinct(StringComparer.Ordinal));
            throw new MissingPrerequisiteException($"{names} are missing: apt-get install {packages} (./test.sh installs them).");
        }
    }

    private static PeerTool Dcmtk(string name) => new(name, "/usr/bin/" + name, "dcmtk");
}
