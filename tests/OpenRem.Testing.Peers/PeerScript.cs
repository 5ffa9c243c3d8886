namespace OpenRem.Testing.Peers;

/// <summary>
/// Runs one of the shared peer scripts (../shared/peers) with bash, <c>TCP_NODELAY=1</c> (so DCMTK does not wait for
/// delayed ACKs on loopback) and the given environment, and records the run in the peer's harness.log.
/// </summary>
internal static class PeerScript
{
    public static async Task<ExternalCommandResult> RunAsync(
        PeerWorkDirectory workDirectory,
        string scriptName,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var script = SharedMaterial.PeerScript(scriptName);
        var variables = new Dictionary<string, string>(environment, StringComparer.Ordinal) { ["TCP_NODELAY"] = "1" };
        var command = new ExternalCommand(PeerTool.Bash.Require(), [script, .. arguments])
        {
            Environment = variables,
            WorkingDirectory = workDirectory.Path,
            Timeout = timeout,
        };
        try
        {
            var result = await ExternalCommandRunner.RunAsync(command, cancellationToken).ConfigureAwait(false);
            workDirectory.Record(result);
            return result;
        }
        catch (ExternalCommandException exception)
        {
            File.AppendAllText(workDirectory.HarnessLog, $"==== {DateTimeOffset.Now:O} {exception.Message}\n\n");
            throw;
        }
    }
}
