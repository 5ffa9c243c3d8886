namespace OpenRem.Dicom.Tests.Support;

/// <summary>python3 ended with a non-zero exit code; its standard error is kept.</summary>
internal sealed class PythonProcessException(string message, int exitCode, string errors) : InvalidOperationException(message)
{
    public int ExitCode { get; } = exitCode;

    public string Errors { get; } = errors;
}
