namespace OpenRem.Dicom.Tests.Network.Peers;

/// <summary>Checks that a peer's program is installed, failing with the Debian package that brings it.</summary>
internal static class PeerTool
{
    public static void Require(string program, string debianPackage)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, program)));
        if (!found)
        {
            throw new InvalidOperationException(
                $"{program} is not installed, and the interoperability tests need it. Install it with: apt-get install {debianPackage} (./test.sh does this).");
        }
    }
}
