using System.Diagnostics;
using System.Text;

namespace OpenRem.Dicom.Tests.Text;

/// <summary>
/// Runs Python scripts with Debian's python3 and pydicom, which serve as the reference decoder.
/// A missing interpreter or module fails the calling test with an install hint; nothing is skipped.
/// </summary>
internal static class Pydicom
{
    public const string Interpreter = "/usr/bin/python3";

    public const string InstallHint = "install python3-pydicom (apt-get install python3-pydicom)";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Runs <paramref name="script"/> (read from standard input) and returns what it printed.</summary>
    /// <param name="script">Python source.</param>
    /// <param name="withoutSitePackages">Starts Python with -S, so that no installed package is found (used to test the failure message).</param>
    public static string Run(string script, bool withoutSitePackages = false)
    {
        if (!File.Exists(Interpreter))
        {
            throw new InvalidOperationException($"{Interpreter} is missing: {InstallHint}");
        }

        var start = new ProcessStartInfo(Interpreter)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (withoutSitePackages)
        {
            start.ArgumentList.Add("-S");
        }

        start.ArgumentList.Add("-");
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Interpreter}: {InstallHint}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Interpreter} did not finish within {Timeout}.");
        }

        string errorText = errors.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            string hint = errorText.Contains("No module named 'pydicom", StringComparison.Ordinal) ? InstallHint + ". " : string.Empty;
            throw new InvalidOperationException($"{hint}{Interpreter} failed with exit code {process.ExitCode}: {errorText}");
        }

        return output.GetAwaiter().GetResult();
    }
}
