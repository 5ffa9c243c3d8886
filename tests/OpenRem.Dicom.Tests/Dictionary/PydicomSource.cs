using OpenRem.Dicom.Tests.Support;

namespace OpenRem.Dicom.Tests.Dictionary;

/// <summary>
/// Runs /usr/bin/python3 to read the PS3.6 tables shipped by Debian's python3-pydicom, the source the
/// generated dictionary was made from. Fails the calling test with a clear message when either is missing.
/// </summary>
internal static class PydicomSource
{
    public const string PythonPath = PythonProcess.Interpreter;

    /// <summary>Exit code used by the snippets (and by tools/generate-dictionary.py: 2) when pydicom is missing.</summary>
    public const int MissingExitCode = 3;

    public static string MissingMessage(string detail) =>
        "This test compares with the DICOM tables of the Debian package python3-pydicom, run by "
        + $"{PythonPath}; install it with 'apt-get install python3-pydicom'. ({detail})";

    /// <summary>
    /// Runs python code that prints to standard output; the code should exit with <see cref="MissingExitCode"/>
    /// when it cannot import pydicom.
    /// </summary>
    public static string RunCode(string code) => Run(["-c", code]);

    /// <summary>Runs python with the given arguments and returns standard output.</summary>
    public static string Run(IEnumerable<string> arguments)
    {
        try
        {
            return PythonProcess.Run(arguments);
        }
        catch (PythonProcessException e) when (e.ExitCode is MissingExitCode or 2 && e.Errors.Contains("pydicom", StringComparison.Ordinal))
        {
            Assert.Fail(MissingMessage(e.Errors.Trim()));
            throw;
        }
        catch (InvalidOperationException e)
        {
            Assert.Fail(e.Message);
            throw;
        }
    }

    /// <summary>The lines of the output, without the empty last one.</summary>
    public static string[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
}
