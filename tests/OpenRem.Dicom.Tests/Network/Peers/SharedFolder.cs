namespace OpenRem.Dicom.Tests.Network.Peers;

/// <summary>The shared material beside the repository (../shared relative to the folder holding OpenRem.sln); a test fails clearly when it is absent.</summary>
internal static class SharedFolder
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenRem.sln")))
            {
                directory = directory.Parent;
            }

            if (directory is null)
            {
                throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds OpenRem.sln, so ../shared cannot be located.");
            }

            var shared = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
            return Directory.Exists(shared)
                ? shared
                : throw new InvalidOperationException($"The shared folder is missing: expected {shared} beside the repository at {directory.FullName}.");
        }
    }

    public static string PeerScript(string name)
    {
        var path = Path.Combine(Root, "peers", name);
        return File.Exists(path) ? path : throw new InvalidOperationException($"The peer script {path} is missing from the shared folder.");
    }

    public static string Samples => Path.Combine(Root, "dicom-samples");
}
