using System.Globalization;

namespace OpenRem.Testing.Peers;

/// <summary>What /proc says about a process: alive or not, its arguments, its process group.</summary>
internal static class LinuxProcess
{
    /// <summary>True while the process exists and has not ended (a zombie waiting for its parent counts as ended).</summary>
    public static bool IsAlive(int pid)
    {
        var state = ReadStat(pid);
        return state is not null && state.Value.State is not ('Z' or 'X' or 'x');
    }

    /// <summary>The process group id, or null when the process is gone.</summary>
    public static int? ProcessGroup(int pid) => ReadStat(pid)?.Group;

    /// <summary>The process's arguments (empty for a zombie, a kernel thread or a process that is gone).</summary>
    public static IReadOnlyList<string> Arguments(int pid)
    {
        try
        {
            var raw = File.ReadAllText($"/proc/{pid}/cmdline");
            return raw.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Every process id listed in /proc.</summary>
    public static IEnumerable<int> All()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                yield return pid;
            }
        }
    }

    private static (char State, int Group)? ReadStat(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses, so read after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 2 && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var group)
            ? (fields[0][0], group)
            : null;
    }
}
