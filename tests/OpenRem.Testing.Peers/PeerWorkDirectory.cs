using System.Globalization;

namespace OpenRem.Testing.Peers;

/// <summary>
/// The folder a peer runs in: configuration, PID file, storage, the peer's own log and harness.log (every script the
/// harness ran for the peer, with its output). A fresh temporary folder unless the caller names one; a temporary folder
/// is deleted when the peer is disposed unless it is to be kept.
/// </summary>
internal sealed class PeerWorkDirectory
{
    private readonly bool _owned;
    private readonly bool _keep;

    private PeerWorkDirectory(string path, bool owned, bool keep)
    {
        Path = path;
        _owned = owned;
        _keep = keep;
    }

    /// <summary>The physical path (symbolic links resolved), as the scripts see it.</summary>
    public string Path { get; }

    public string HarnessLog => File("harness.log");

    public static PeerWorkDirectory Create(string peerName, string? requested, bool keep)
    {
        var owned = requested is null;
        var created = requested is null
            ? Directory.CreateTempSubdirectory($"openrem-peer-{peerName}-").FullName
            : Directory.CreateDirectory(requested).FullName;
        var path = PhysicalPath.Of(created);
        if (path.Any(char.IsWhiteSpace))
        {
            if (owned)
            {
                Directory.Delete(path, recursive: true);
            }

            throw new ArgumentException($"A peer work directory must not contain white space (the peer scripts cannot quote it): '{path}'.", nameof(requested));
        }

        return new PeerWorkDirectory(path, owned, keep);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The PID in a PID file the start script wrote, or null when there is none.</summary>
    public int? ReadPid(string pidFileName)
    {
        var file = File(pidFileName);
        if (!System.IO.File.Exists(file))
        {
            return null;
        }

        var digits = new string([.. System.IO.File.ReadLines(file).FirstOrDefault("").Where(char.IsAsciiDigit)]);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 1 ? pid : null;
    }

    /// <summary>Records a finished command and its output in harness.log.</summary>
    public void Record(ExternalCommandResult result)
    {
        var text = $"""
            ==== {DateTimeOffset.Now:O} {result.Command.Display}
            ---- exit code {result.ExitCode} after {result.Elapsed.TotalSeconds:0.000} s; standard output:
            {result.StandardOutput.TrimEnd()}
            ---- standard error:
            {result.StandardError.TrimEnd()}

            """;
        System.IO.File.AppendAllText(HarnessLog, text);
    }

    /// <summary>The end of harness.log and of the named logs of the peer, for an exception message.</summary>
    public string DescribeLogs(params IEnumerable<string> logFileNames) =>
        string.Join('\n', logFileNames.Prepend("harness.log").Select(name => LogTail.OfFile(File(name), 40)));

    /// <summary>Stops the peer by PID and every other process that names this folder; then deletes a temporary folder.</summary>
    public async Task StopAndCleanAsync(int? pid, TimeSpan grace)
    {
        await PeerProcessStopper.StopAsync(pid, Path, grace).ConfigureAwait(false);
        if (_owned && !_keep && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
