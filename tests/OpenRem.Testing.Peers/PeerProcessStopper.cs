using System.Diagnostics;

namespace OpenRem.Testing.Peers;

/// <summary>
/// Stops a peer by its PID the way the shared stop-peer.sh does: SIGTERM to the PID and its own process group (the
/// start scripts run peers under setsid, so the group holds dcmqrscp's and storescp's per-association children),
/// SIGKILL after a grace period. A PID whose command line does not name the work directory is never signalled (it may
/// have been recycled). Then every live process still naming the work directory gets SIGKILL. Unlike stop-peer.sh, a
/// zombie counts as stopped: on a machine whose init reaps orphans only now and then, waiting for the PID to vanish
/// would take seconds.
/// </summary>
internal static class PeerProcessStopper
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(5);

    public static async Task StopAsync(int? pid, string workDirectory, TimeSpan grace)
    {
        if (pid is { } leader && LinuxProcess.IsAlive(leader) && PeerProcesses.Names(leader, workDirectory))
        {
            var target = LinuxProcess.ProcessGroup(leader) == leader ? -leader : leader;
            PosixSignal.SendTerminate(target);
            if (!await WaitUntilEndedAsync([leader], grace).ConfigureAwait(false))
            {
                PosixSignal.SendKill(target);
                await WaitUntilEndedAsync([leader], KillWait).ConfigureAwait(false);
            }
        }

        var left = PeerProcesses.InWorkDirectory(workDirectory);
        if (left.Count == 0)
        {
            return;
        }

        foreach (var other in left)
        {
            PosixSignal.SendKill(other);
        }

        if (!await WaitUntilEndedAsync(left, KillWait).ConfigureAwait(false))
        {
            var still = string.Join(", ", left.Where(LinuxProcess.IsAlive));
            throw new InvalidOperationException($"Processes {still} of the peer in {workDirectory} are still running after SIGKILL.");
        }
    }

    private static async Task<bool> WaitUntilEndedAsync(IReadOnlyList<int> pids, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (pids.Any(LinuxProcess.IsAlive))
        {
            if (stopwatch.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(Poll).ConfigureAwait(false);
        }

        return true;
    }
}
