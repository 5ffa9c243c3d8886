namespace OpenRem.Testing.Peers;

/// <summary>
/// A path with every symbolic link resolved, like <c>pwd -P</c>: the peer scripts put physical paths on the peers'
/// command lines, and <see cref="PeerProcesses"/> looks for exactly those.
/// </summary>
internal static class PhysicalPath
{
    private const int MaxLinks = 40;

    public static string Of(string path) => Resolve(Path.GetFullPath(path), 0);

    private static string Resolve(string fullPath, int links)
    {
        var current = "/";
        foreach (var part in fullPath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is not null)
            {
                if (links >= MaxLinks)
                {
                    throw new IOException($"Too many symbolic links in {fullPath}.");
                }

                next = Resolve(Path.GetFullPath(target, current), links + 1);
            }

            current = next;
        }

        return current;
    }
}
