using System.Diagnostics;
using System.Globalization;

namespace OpenRem.Testing.Peers;

/// <summary>
/// DCMTK's dcmqrscp as a small PACS on 127.0.0.1 (C-ECHO, C-STORE, C-FIND, C-MOVE; forking one child per
/// association), started with the shared start-dcmqrscp.sh in its own work directory, checked with echoscu, loaded
/// with load-dcmqrscp.sh, and stopped by PID (with its process group) on dispose. It keeps at most 499 studies and
/// answers only a fixed set of keys per level (see ../shared/peers/README.md).
/// </summary>
public sealed class DcmqrscpPeer : IAsyncDisposable
{
    private const string PidFileName = "dcmqrscp.pid";
    private const string LogFileName = "dcmqrscp.log";
    private readonly PeerWorkDirectory _workDirectory;
    private readonly DcmqrscpOptions _options;
    private int _loads;
    private bool _disposed;

    private DcmqrscpPeer(PeerWorkDirectory workDirectory, DcmqrscpOptions options, int port, int pid)
    {
        _workDirectory = workDirectory;
        _options = options;
        Port = port;
        Pid = pid;
    }

    /// <summary>Always 127.0.0.1 (the peers listen on every interface but are only ever contacted on loopback).</summary>
    public string Host { get; } = "127.0.0.1";

    public int Port { get; }

    public string AeTitle => _options.AeTitle;

    public DicomEndpoint Endpoint => new(Host, Port, AeTitle);

    /// <summary>C-MOVE destinations the peer knows: AE title → port on 127.0.0.1.</summary>
    public IReadOnlyDictionary<string, int> MoveDestinations => _options.MoveDestinations;

    public string WorkDirectory => _workDirectory.Path;

    /// <summary>The dcmqrscp parent process (its per-association children are in its process group).</summary>
    public int Pid { get; }

    /// <summary>dcmqrscp's own log; harness.log beside it records every script run for this peer.</summary>
    public string LogFile => _workDirectory.File(LogFileName);

    /// <summary>The storage area with index.dat.</summary>
    public string StorageDirectory => Path.Combine(WorkDirectory, "storage", AeTitle);

    /// <summary>Everything loaded so far (the initial samples and later <see cref="LoadAsync"/> calls).</summary>
    public PeerLoadResult Loaded { get; private set; } = PeerLoadResult.None;

    /// <summary>From calling the start script until the peer answered C-ECHO (loading not included).</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>Starts dcmqrscp with the given called AE title and move destinations and loads the samples.</summary>
    public static Task<DcmqrscpPeer> StartAsync(
        string aeTitle,
        IReadOnlyDictionary<string, int> moveDestinations,
        IEnumerable<string> samples,
        CancellationToken cancellationToken = default) =>
        StartAsync(new DcmqrscpOptions { AeTitle = aeTitle, MoveDestinations = moveDestinations, Samples = [.. samples] }, cancellationToken);

    public static async Task<DcmqrscpPeer> StartAsync(DcmqrscpOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        PeerTool.RequireAll(PeerTool.Dcmqrscp, PeerTool.Echoscu, PeerTool.Storescu, PeerTool.Bash);
        SharedMaterial.Require();
        var samples = DicomFileList.RequireExisting(options.Samples);
        var (environment, firstPort) = MoveDestinationList.ForScripts(options.MoveDestinations);
        var workDirectory = PeerWorkDirectory.Create("dcmqrscp", options.WorkDirectory, options.KeepWorkDirectory);
        var port = options.Port ?? FreePort.Next();
        environment["RESET"] = "1";
        environment["MAX_STUDIES"] = options.MaxStudies.ToString(CultureInfo.InvariantCulture);
        environment["DCMQRSCP_ARGS"] = options.ExtraArguments;
        environment["DCMQRSCP_DEFAULT_NEGOTIATION"] = options.DefaultNegotiation ? "1" : "0";
        environment["READY_TIMEOUT"] = PeerStartup.Seconds(options.ReadyTimeout);

        return await PeerStartup.RunAsync(
            workDirectory,
            $"dcmqrscp {options.AeTitle} on 127.0.0.1:{port}",
            PidFileName,
            [LogFileName],
            options.StopGrace,
            async () =>
            {
                var stopwatch = Stopwatch.StartNew();
                var started = await PeerScript.RunAsync(
                    workDirectory,
                    "start-dcmqrscp.sh",
                    [workDirectory.Path, port.ToString(CultureInfo.InvariantCulture), options.AeTitle, firstPort],
                    environment,
                    options.ReadyTimeout + TimeSpan.FromSeconds(15),
                    cancellationToken).ConfigureAwait(false);
                var peer = new DcmqrscpPeer(workDirectory, options, port, PeerStartup.ParsePid(started, "start-dcmqrscp.sh"));
                await DcmtkClientTools.EchoAsync(peer.Endpoint, cancellationToken: cancellationToken).ConfigureAwait(false);
                peer.StartupTime = stopwatch.Elapsed;
                if (samples.Count > 0)
                {
                    await peer.LoadAsync(samples, cancellationToken).ConfigureAwait(false);
                }

                return peer;
            }).ConfigureAwait(false);
    }

    /// <summary>Stores files or folders of DICOM files with load-dcmqrscp.sh (storescu, one association per 2,000 files).</summary>
    public async Task<PeerLoadResult> LoadAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var existing = DicomFileList.RequireExisting(paths);
        var result = await PeerScript.RunAsync(
            _workDirectory,
            "load-dcmqrscp.sh",
            [Port.ToString(CultureInfo.InvariantCulture), AeTitle, .. existing],
            new Dictionary<string, string>(StringComparer.Ordinal),
            _options.LoadTimeout,
            cancellationToken).ConfigureAwait(false);
        var summary = LoadSummary.Parse(result.StandardOutput) ?? throw result.Failure("load-dcmqrscp.sh printed no summary");
        var log = KeepScriptLog(summary.ScriptLog);
        var load = new PeerLoadResult(summary.Stored, 0, summary.Failed, result.Elapsed, log);
        Loaded = Loaded.Plus(load);
        return load;
    }

    /// <summary>Stops dcmqrscp and its children by PID and deletes a temporary work directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _workDirectory.StopAndCleanAsync(Pid, _options.StopGrace).ConfigureAwait(false);
    }

    /// <summary>load-dcmqrscp.sh leaves storescu's log in /tmp; it is moved into the work directory.</summary>
    private string? KeepScriptLog(string? scriptLog)
    {
        if (scriptLog is null || !File.Exists(scriptLog))
        {
            return null;
        }

        var kept = _workDirectory.File($"load-{Interlocked.Increment(ref _loads)}.log");
        File.Move(scriptLog, kept, overwrite: true);
        return kept;
    }
}
