using System.Globalization;

namespace OpenRem.Benchmarks;

/// <summary>Memory figures of processes, read from /proc.</summary>
internal static class ProcessMemory
{
    /// <summary>This process's peak resident set (VmHWM) in KiB.</summary>
    public static long PeakWorkingSetKiB() => PeakWorkingSetKiB(Environment.ProcessId);

    /// <summary>A process's peak resident set (VmHWM) in KiB, or -1 when it has gone.</summary>
    public static long PeakWorkingSetKiB(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process has exited.
        }

        return -1;
    }
}
