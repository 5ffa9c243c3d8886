namespace OpenRem.Testing.Peers;

/// <summary>
/// A command run by the harness (a DCMTK tool, a peer script) failed or ran out of time. The message names the command
/// and carries its error output.
/// </summary>
public sealed class ExternalCommandException : Exception
{
    public ExternalCommandException()
    {
    }

    public ExternalCommandException(string message)
        : base(message)
    {
    }

    public ExternalCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ExternalCommandException(string message, string commandLine, int? exitCode, string standardError)
        : base(message)
    {
        CommandLine = commandLine;
        ExitCode = exitCode;
        StandardError = standardError;
    }

    /// <summary>The command as it was run (long argument lists shortened).</summary>
    public string CommandLine { get; } = "";

    /// <summary>The exit code, or null when the command was stopped because it ran out of time.</summary>
    public int? ExitCode { get; }

    /// <summary>Everything the command wrote to its standard error.</summary>
    public string StandardError { get; } = "";
}
