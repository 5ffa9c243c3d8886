using System.Diagnostics;
using System.Text;

namespace OpenRem.Dicom.Tests.Support;

/// <summary>
/// Runs Debian's /usr/bin/python3, with pydicom as the reference implementation the data-layer tests compare
/// with. A missing interpreter or pydicom fails with the package to install; nothing is skipped.
/// </summary>
internal static class PythonProcess
{
    public const string Interpreter = "/usr/bin/python3";

    public const string InstallHint = "install python3-pydicom (apt-get install python3-pydicom)";

    /// <summary>Runs python with <paramref name="arguments"/>, feeding <paramref name="standardInput"/>, and returns what it printed.</summary>
    public static string Run(IEnumerable<string> arguments, string? standardInput = null, TimeSpan? timeout = null)
    {
        if (!File.Exists(Interpreter))
        {
            throw new InvalidOperationException($"{Interpreter} is missing: {InstallHint}");
        }

        var start = new ProcessStartInfo(Interpreter)
        {
            RedirectStandardInput = standardInput is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Interpreter}: {InstallHint}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }

        var limit = timeout ?? TimeSpan.FromMinutes(3);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Interpreter} did not finish within {limit}.");
        }

        var errorText = errors.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            var hint = errorText.Contains("pydicom", StringComparison.Ordinal) ? InstallHint + ". " : string.Empty;
            throw new PythonProcessException($"{hint}{Interpreter} exited with code {process.ExitCode}: {errorText}", process.ExitCode, errorText);
        }

        return output.GetAwaiter().GetResult();
    }
}
