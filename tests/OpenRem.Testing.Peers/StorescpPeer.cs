using System.Diagnostics;
using System.Globalization;

namespace OpenRem.Testing.Peers;

/// <summary>
/// DCMTK's storescp on 127.0.0.1 as a C-STORE SCP and C-MOVE destination (all transfer syntaxes, unknown SOP classes
/// accepted), started with the shared start-storescp.sh in its own work directory and stopped by PID on dispose.
/// Received objects are written flat to <see cref="OutputDirectory"/> as &lt;modality&gt;.&lt;SOP Instance UID&gt;, so
/// an instance received twice is one file. A file is complete once its sender has the C-STORE response.
/// </summary>
public sealed class StorescpPeer : IAsyncDisposable
{
    private const string PidFileName = "storescp.pid";
    private const string LogFileName = "storescp.log";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private readonly PeerWorkDirectory _workDirectory;
    private readonly StorescpOptions _options;
    private bool _disposed;

    private StorescpPeer(PeerWorkDirectory workDirectory, StorescpOptions options, int port, int pid, string outputDirectory)
    {
        _workDirectory = workDirectory;
        _options = options;
        Port = port;
        Pid = pid;
        OutputDirectory = outputDirectory;
    }

    /// <summary>Always 127.0.0.1 (the peers listen on every interface but are only ever contacted on loopback).</summary>
    public string Host { get; } = "127.0.0.1";

    public int Port { get; }

    public string AeTitle => _options.AeTitle;

    public DicomEndpoint Endpoint => new(Host, Port, AeTitle);

    public bool BitPreserving => _options.BitPreserving;

    public string OutputDirectory { get; }

    public string WorkDirectory => _workDirectory.Path;

    public int Pid { get; }

    /// <summary>storescp's own log; harness.log beside it records the start script's run.</summary>
    public string LogFile => _workDirectory.File(LogFileName);

    /// <summary>From calling the start script until storescp answered C-ECHO.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>Starts storescp with the given AE title, default options otherwise.</summary>
    public static Task<StorescpPeer> StartAsync(string aeTitle, CancellationToken cancellationToken = default) =>
        StartAsync(new StorescpOptions { AeTitle = aeTitle }, cancellationToken);

    public static async Task<StorescpPeer> StartAsync(StorescpOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        PeerTool.RequireAll(PeerTool.Storescp, PeerTool.Echoscu, PeerTool.Bash);
        SharedMaterial.Require();
        var workDirectory = PeerWorkDirectory.Create("storescp", options.WorkDirectory, options.KeepWorkDirectory);
        var port = options.Port ?? FreePort.Next();
        var output = options.OutputDirectory is null ? Path.Combine(workDirectory.Path, "incoming") : PhysicalPath.Of(Directory.CreateDirectory(options.OutputDirectory).FullName);
        if (output.Any(char.IsWhiteSpace))
        {
            await workDirectory.StopAndCleanAsync(null, options.StopGrace).ConfigureAwait(false);
            throw new ArgumentException($"The output directory must not contain white space (storescp's options are passed unquoted): '{output}'.", nameof(options));
        }

        // storescp takes the last -od it is given, so this one overrides the script's WORKDIR/incoming.
        List<string> arguments = [.. options.ExtraArguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        if (options.BitPreserving)
        {
            arguments.Add("+B");
        }

        if (options.OutputDirectory is not null)
        {
            arguments.AddRange(["-od", output]);
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["RESET"] = "1",
            ["STORESCP_ARGS"] = string.Join(' ', arguments),
            ["READY_TIMEOUT"] = PeerStartup.Seconds(options.ReadyTimeout),
        };

        return await PeerStartup.RunAsync(
            workDirectory,
            $"storescp {options.AeTitle} on 127.0.0.1:{port}",
            PidFileName,
            [LogFileName],
            options.StopGrace,
            async () =>
            {
                var stopwatch = Stopwatch.StartNew();
                var started = await PeerScript.RunAsync(
                    workDirectory,
                    "start-storescp.sh",
                    [workDirectory.Path, port.ToString(CultureInfo.InvariantCulture), options.AeTitle],
                    environment,
                    options.ReadyTimeout + TimeSpan.FromSeconds(15),
                    cancellationToken).ConfigureAwait(false);
                var peer = new StorescpPeer(workDirectory, options, port, PeerStartup.ParsePid(started, "start-storescp.sh"), output);
                await DcmtkClientTools.EchoAsync(peer.Endpoint, cancellationToken: cancellationToken).ConfigureAwait(false);
                peer.StartupTime = stopwatch.Elapsed;
                return peer;
            }).ConfigureAwait(false);
    }

    /// <summary>The files received so far, sorted by name.</summary>
    public IReadOnlyList<string> ReceivedFiles() =>
        Directory.Exists(OutputDirectory)
            ? [.. Directory.EnumerateFiles(OutputDirectory).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Waits until at least <paramref name="count"/> files were received; throws with storescp's log after the timeout.</summary>
    public async Task<IReadOnlyList<string>> WaitForFilesAsync(int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var files = ReceivedFiles();
            if (files.Count >= count)
            {
                return files;
            }

            if (stopwatch.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"storescp {Endpoint} received {files.Count} of {count} files within {timeout.TotalSeconds:0.#} s.\n{LogTail.OfFile(LogFile, 40)}");
            }

            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes the files received so far, for the next transfer.</summary>
    public void ClearReceivedFiles()
    {
        foreach (var file in ReceivedFiles())
        {
            File.Delete(file);
        }
    }

    /// <summary>Stops storescp by PID (with its process group) and deletes a temporary work directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _workDirectory.StopAndCleanAsync(Pid, _options.StopGrace).ConfigureAwait(false);
    }
}
