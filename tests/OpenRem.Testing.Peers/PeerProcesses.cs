namespace OpenRem.Testing.Peers;

/// <summary>
/// Looks for the processes of a peer in /proc. Every peer is started with paths inside its own work directory on its
/// command line (its configuration file or its output folder), so the live processes that name that directory are
/// exactly the peer, its per-association children and the scripts still working for it.
/// </summary>
public static class PeerProcesses
{
    /// <summary>True while the process exists and has not ended (zombies count as ended).</summary>
    public static bool IsRunning(int pid) => LinuxProcess.IsAlive(pid);

    /// <summary>
    /// Live processes (other than this one) with the directory, or a path inside it, as an argument. Symbolic links in
    /// the directory's path are resolved first, as the scripts do.
    /// </summary>
    public static IReadOnlyList<int> InWorkDirectory(string workDirectory)
    {
        var directory = Path.TrimEndingDirectorySeparator(PhysicalPath.Of(workDirectory));
        var self = Environment.ProcessId;
        return [.. LinuxProcess.All().Where(pid => pid != self && Names(pid, directory) && LinuxProcess.IsAlive(pid))];
    }

    /// <summary>True when one of the process's arguments is the directory or contains a path inside it.</summary>
    internal static bool Names(int pid, string directory) =>
        LinuxProcess.Arguments(pid).Any(argument =>
            argument == directory || argument.Contains(directory + "/", StringComparison.Ordinal));
}
