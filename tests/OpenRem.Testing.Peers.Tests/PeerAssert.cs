namespace OpenRem.Testing.Peers.Tests;

/// <summary>Assertions about peer processes, read from /proc.</summary>
internal static class PeerAssert
{
    /// <summary>The peer's PID has ended and no live process names its work directory.</summary>
    public static void NothingLeft(int pid, string workDirectory)
    {
        Assert.False(PeerProcesses.IsRunning(pid), $"process {pid} is still running");
        Assert.Empty(PeerProcesses.InWorkDirectory(workDirectory));
    }

    /// <summary>The arguments of a live process, from /proc/PID/cmdline.</summary>
    public static IReadOnlyList<string> Arguments(int pid) =>
        File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
}
