using System.Runtime.InteropServices;

namespace OpenRem.Testing.Peers;

/// <summary>Sends SIGTERM or SIGKILL with kill(2) to one process, or to a process group when the id is negative.</summary>
internal static partial class PosixSignal
{
    private const int Terminate = 15;
    private const int Kill = 9;

    /// <summary>SIGTERM; false when no such process (group) exists.</summary>
    public static bool SendTerminate(int processOrNegativeGroup) => Send(processOrNegativeGroup, Terminate);

    /// <summary>SIGKILL; false when no such process (group) exists.</summary>
    public static bool SendKill(int processOrNegativeGroup) => Send(processOrNegativeGroup, Kill);

    private static bool Send(int target, int signal)
    {
        if (target is 0 or -1)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "Refusing to signal every process of the session or the system.");
        }

        return SystemKill(target, signal) == 0;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SystemKill(int pid, int signal);
}
