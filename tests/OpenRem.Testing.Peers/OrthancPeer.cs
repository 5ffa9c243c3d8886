using System.Diagnostics;
using System.Globalization;

namespace OpenRem.Testing.Peers;

/// <summary>
/// Orthanc 1.10 on 127.0.0.1 (DICOM and REST ports) with its own configuration and SQLite storage in its work
/// directory, started with the shared start-orthanc.sh, checked through GET /system and echoscu, loaded with
/// load-orthanc.sh (or in-process REST uploads), and stopped by PID on dispose.
/// </summary>
public sealed class OrthancPeer : IAsyncDisposable
{
    private const string PidFileName = "orthanc.pid";
    private const string LogFileName = "orthanc.log";
    private const string StdoutFileName = "orthanc.stdout";
    private readonly PeerWorkDirectory _workDirectory;
    private readonly OrthancOptions _options;
    private readonly OrthancRestClient _rest;
    private int _loads;
    private bool _disposed;

    private OrthancPeer(PeerWorkDirectory workDirectory, OrthancOptions options, int dicomPort, int httpPort, int pid)
    {
        _workDirectory = workDirectory;
        _options = options;
        DicomPort = dicomPort;
        HttpPort = httpPort;
        Pid = pid;
        _rest = new OrthancRestClient(HttpBaseAddress);
    }

    /// <summary>Always 127.0.0.1 (the peers listen on every interface but are only ever contacted on loopback).</summary>
    public string Host { get; } = "127.0.0.1";

    public int DicomPort { get; }

    public int HttpPort { get; }

    public string AeTitle => _options.AeTitle;

    public DicomEndpoint Endpoint => new(Host, DicomPort, AeTitle);

    /// <summary>The REST API, such as http://127.0.0.1:41234/ (no authentication, loopback clients only).</summary>
    public Uri HttpBaseAddress => new($"http://{Host}:{HttpPort.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>C-MOVE destinations the peer knows: AE title → port on 127.0.0.1.</summary>
    public IReadOnlyDictionary<string, int> MoveDestinations => _options.MoveDestinations;

    public string WorkDirectory => _workDirectory.Path;

    public int Pid { get; }

    /// <summary>Orthanc's own log; harness.log beside it records every script run for this peer.</summary>
    public string LogFile => _workDirectory.File(LogFileName);

    /// <summary>Everything loaded so far (the initial samples and later loads and uploads).</summary>
    public PeerLoadResult Loaded { get; private set; } = PeerLoadResult.None;

    /// <summary>From calling the start script (or copying the seed storage) until the REST API and C-ECHO answered (loading not included).</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>Starts Orthanc with the given AE title and move destinations and loads the samples.</summary>
    public static Task<OrthancPeer> StartAsync(
        string aeTitle,
        IReadOnlyDictionary<string, int> moveDestinations,
        IEnumerable<string> samples,
        CancellationToken cancellationToken = default) =>
        StartAsync(new OrthancOptions { AeTitle = aeTitle, MoveDestinations = moveDestinations, Samples = [.. samples] }, cancellationToken);

    public static async Task<OrthancPeer> StartAsync(OrthancOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        PeerTool.RequireAll(PeerTool.Orthanc, PeerTool.Curl, PeerTool.Echoscu, PeerTool.Bash);
        SharedMaterial.Require();
        var samples = DicomFileList.RequireExisting(options.Samples);
        if (options.SeedStorageDirectory is { } seed && !File.Exists(Path.Combine(seed, "index")))
        {
            throw new DirectoryNotFoundException($"{seed} is not an Orthanc storage folder (it has no SQLite file 'index').");
        }

        var (environment, firstPort) = MoveDestinationList.ForScripts(options.MoveDestinations);
        var workDirectory = PeerWorkDirectory.Create("orthanc", options.WorkDirectory, options.KeepWorkDirectory);
        var dicomPort = options.DicomPort ?? FreePort.Next();
        var httpPort = options.HttpPort ?? FreePort.Next();
        environment["RESET"] = options.SeedStorageDirectory is null ? "1" : "0";
        environment["ORTHANC_BIN"] = PeerTool.Orthanc.Path;
        environment["ORTHANC_EXTRA_JSON"] = options.ExtraJson;
        environment["ORTHANC_DEFAULT_ENCODING"] = options.DefaultEncoding;
        environment["READY_TIMEOUT"] = PeerStartup.Seconds(options.ReadyTimeout);

        return await PeerStartup.RunAsync(
            workDirectory,
            $"Orthanc {options.AeTitle} on 127.0.0.1:{dicomPort} (REST {httpPort})",
            PidFileName,
            [LogFileName, StdoutFileName],
            options.StopGrace,
            async () =>
            {
                var stopwatch = Stopwatch.StartNew();
                if (options.SeedStorageDirectory is { } seed)
                {
                    DirectoryCopy.Copy(seed, workDirectory.File("storage"));
                }

                var started = await PeerScript.RunAsync(
                    workDirectory,
                    "start-orthanc.sh",
                    [
                        workDirectory.Path, dicomPort.ToString(CultureInfo.InvariantCulture), httpPort.ToString(CultureInfo.InvariantCulture),
                        options.AeTitle, firstPort,
                    ],
                    environment,
                    options.ReadyTimeout + TimeSpan.FromSeconds(15),
                    cancellationToken).ConfigureAwait(false);
                var peer = new OrthancPeer(workDirectory, options, dicomPort, httpPort, PeerStartup.ParsePid(started, "start-orthanc.sh"));
                try
                {
                    await peer._rest.WaitUntilReadyAsync(options.ReadyTimeout, cancellationToken).ConfigureAwait(false);
                    await DcmtkClientTools.EchoAsync(peer.Endpoint, cancellationToken: cancellationToken).ConfigureAwait(false);
                    peer.StartupTime = stopwatch.Elapsed;
                    if (samples.Count > 0)
                    {
                        await peer.LoadAsync(samples, cancellationToken).ConfigureAwait(false);
                    }

                    return peer;
                }
                catch
                {
                    peer._rest.Dispose();
                    throw;
                }
            }).ConfigureAwait(false);
    }

    /// <summary>
    /// Uploads files or folders of DICOM files with load-orthanc.sh (one curl per file, <see cref="OrthancOptions.LoadJobs"/>
    /// in parallel). Files Orthanc refuses (the malformed sample) count as failed; nothing is thrown for them.
    /// </summary>
    public async Task<PeerLoadResult> LoadAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var existing = DicomFileList.RequireExisting(paths);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ALLOW_FAILURES"] = "1",
            ["JOBS"] = _options.LoadJobs.ToString(CultureInfo.InvariantCulture),
        };
        var result = await PeerScript.RunAsync(
            _workDirectory,
            "load-orthanc.sh",
            [HttpPort.ToString(CultureInfo.InvariantCulture), .. existing],
            environment,
            _options.LoadTimeout,
            cancellationToken).ConfigureAwait(false);
        var summary = LoadSummary.Parse(result.StandardOutput) ?? throw result.Failure("load-orthanc.sh printed no summary");
        var load = new PeerLoadResult(summary.Stored, summary.Already, summary.Failed, result.Elapsed, _workDirectory.HarnessLog);
        Loaded = Loaded.Plus(load);
        return load;
    }

    /// <summary>
    /// Uploads files or folders of DICOM files through the REST API from this process (POST /instances,
    /// <see cref="OrthancOptions.LoadJobs"/> in parallel, kept-alive connections: no process per file).
    /// </summary>
    public async Task<PeerLoadResult> UploadAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var files = DicomFileList.Expand(paths);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.LoadTimeout);
        var log = _workDirectory.File($"upload-{Interlocked.Increment(ref _loads)}.log");
        var load = await _rest.UploadAsync(files, _options.LoadJobs, log, limit.Token).ConfigureAwait(false);
        Loaded = Loaded.Plus(load);
        return load;
    }

    /// <summary>
    /// Makes <paramref name="studies"/> synthetic studies with make-synthetic.py in the work directory and uploads them
    /// (in-process REST, the faster loader); returns the set with its manifest (StudyInstanceUIDs, dates).
    /// </summary>
    public async Task<SyntheticStudySet> LoadSyntheticStudiesAsync(int studies, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var directory = _workDirectory.File($"synthetic-{Interlocked.Increment(ref _loads)}");
        var set = await SyntheticStudies.GenerateAsync(directory, studies, cancellationToken).ConfigureAwait(false);
        var load = await UploadAsync([set.Directory], cancellationToken).ConfigureAwait(false);
        if (load.Stored + load.AlreadyStored != set.FileCount)
        {
            throw new InvalidOperationException(
                $"Orthanc {Endpoint} took {load.Stored + load.AlreadyStored} of {set.FileCount} synthetic files (see {load.LogFile}).\n{LogTail.OfFile(LogFile, 20)}");
        }

        return set;
    }

    /// <summary>Counts of patients, studies, series and instances (GET /statistics).</summary>
    public Task<OrthancStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _rest.GetStatisticsAsync(cancellationToken);
    }

    /// <summary>Stops Orthanc by PID and deletes a temporary work directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _rest.Dispose();
        await _workDirectory.StopAndCleanAsync(Pid, _options.StopGrace).ConfigureAwait(false);
    }
}
