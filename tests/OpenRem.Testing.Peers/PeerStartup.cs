using System.Globalization;

namespace OpenRem.Testing.Peers;

/// <summary>
/// Runs the start of a peer so that a failure anywhere (start script, readiness check, loading, cancellation) leaves no
/// process behind: the peer is stopped by the PID in its PID file and by everything that names its work directory, and
/// the failure is rethrown as a <see cref="PeerStartException"/> carrying the peer's logs (cancellation and missing
/// prerequisites are rethrown as they are).
/// </summary>
internal static class PeerStartup
{
    public static async Task<T> RunAsync<T>(
        PeerWorkDirectory workDirectory,
        string description,
        string pidFileName,
        IReadOnlyList<string> logFileNames,
        TimeSpan stopGrace,
        Func<Task<T>> start)
    {
        try
        {
            return await start().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            var logs = workDirectory.DescribeLogs(logFileNames);
            await workDirectory.StopAndCleanAsync(workDirectory.ReadPid(pidFileName), stopGrace).ConfigureAwait(false);
            if (exception is OperationCanceledException or MissingPrerequisiteException)
            {
                throw;
            }

            throw new PeerStartException($"{description} did not start: {exception.Message}\n{logs}", exception);
        }
    }

    /// <summary>The PID a start script printed as the last line of its standard output.</summary>
    public static int ParsePid(ExternalCommandResult result, string scriptName)
    {
        if (!result.Succeeded)
        {
            throw result.Failure($"{scriptName} failed");
        }

        var last = result.StandardOutput.Trim().Split('\n').LastOrDefault("").Trim();
        return int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 1
            ? pid
            : throw result.Failure($"{scriptName} printed no PID");
    }

    /// <summary>Whole seconds for the scripts' READY_TIMEOUT.</summary>
    public static string Seconds(TimeSpan time) =>
        ((int)Math.Ceiling(time.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
