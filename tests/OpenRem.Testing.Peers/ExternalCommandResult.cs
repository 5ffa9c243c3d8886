namespace OpenRem.Testing.Peers;

/// <summary>How a command ended: its exit code, everything it wrote, and how long it took.</summary>
internal sealed record ExternalCommandResult(
    ExternalCommand Command, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Standard output then standard error (DCMTK tools log to standard error).</summary>
    public string AllOutput => StandardOutput + StandardError;

    /// <summary>An exception that names the command, its exit code and its error output.</summary>
    public ExternalCommandException Failure(string what) =>
        new(
            $"{what}: exit code {ExitCode} from {Command.Display}{Environment.NewLine}{LogTail.Of(AllOutput, 60)}",
            Command.Display,
            ExitCode,
            StandardError);
}
