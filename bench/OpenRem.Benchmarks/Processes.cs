using System.Diagnostics;

namespace OpenRem.Benchmarks;

/// <summary>Runs the measured tools as processes, their output drained.</summary>
internal static class Processes
{
    public static ProcessStartInfo StartInfo(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    /// <summary>Runs to the end, reading standard output and error as they come; returns the exit code and both outputs.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo info)
    {
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {info.FileName}.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        return (process.ExitCode, output + await errors.ConfigureAwait(false));
    }
}
