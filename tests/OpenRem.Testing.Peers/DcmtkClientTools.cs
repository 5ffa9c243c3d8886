using System.Globalization;

namespace OpenRem.Testing.Peers;

/// <summary>
/// DCMTK's client tools (echoscu, findscu, movescu, storescu) run as processes on 127.0.0.1 with
/// <c>TCP_NODELAY=1</c>, their results read from their logs. A tool that cannot connect, is refused or gives no final
/// response throws an <see cref="ExternalCommandException"/> with its log; a final response with an error status is a
/// result, not an exception. Each request has a time limit; a tool past it is killed.
/// </summary>
public static class DcmtkClientTools
{
    public const string DefaultCallingAeTitle = "OPENREM";

    /// <summary>Seconds findscu, movescu, storescu and echoscu wait for the TCP connection (<c>-to</c>).</summary>
    private const string ConnectTimeoutSeconds = "10";

    /// <summary>C-ECHO with echoscu; returns how long the whole process took.</summary>
    public static async Task<TimeSpan> EchoAsync(
        DicomEndpoint peer, string callingAeTitle = DefaultCallingAeTitle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(peer);
        var result = await RunAsync(
            PeerTool.Echoscu,
            ["-to", ConnectTimeoutSeconds, "-aet", callingAeTitle, "-aec", peer.AeTitle, peer.Host, Port(peer)],
            TimeSpan.FromSeconds(30),
            cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? result.Elapsed : throw result.Failure($"C-ECHO to {peer} failed");
    }

    /// <summary>C-FIND with findscu; every response identifier is written as a DICOM file.</summary>
    public static async Task<FindResult> FindAsync(FindRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var output = Path.GetFullPath(request.OutputDirectory);
        Directory.CreateDirectory(output);
        if (Directory.EnumerateFiles(output, "rsp*.dcm").Any())
        {
            throw new ArgumentException($"{output} already holds findscu responses (rsp*.dcm); give each query its own folder.", nameof(request));
        }

        List<string> arguments =
        [
            "-v", Model(request.Model), "-to", ConnectTimeoutSeconds, "-aet", request.CallingAeTitle, "-aec", request.Peer.AeTitle,
            "-X", "-od", output, request.Peer.Host, Port(request.Peer), .. Keys(request.Keys),
        ];
        var result = await RunAsync(PeerTool.Findscu, arguments, request.Timeout, cancellationToken).ConfigureAwait(false);
        var status = FindscuOutput.FinalStatus(result.AllOutput)
            ?? throw result.Failure($"C-FIND to {request.Peer} got no final response");
        return new FindResult(FindscuOutput.ResponseFiles(result.AllOutput), status, result.Elapsed, result.AllOutput);
    }

    /// <summary>C-MOVE with movescu; the result holds the final response's status and sub-operation counts.</summary>
    public static async Task<MoveResult> MoveAsync(MoveRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        List<string> arguments =
        [
            "-d", Model(request.Model), "-to", ConnectTimeoutSeconds, "-aet", request.CallingAeTitle, "-aec", request.Peer.AeTitle,
            "-aem", request.DestinationAeTitle, request.Peer.Host, Port(request.Peer), .. Keys(request.Keys),
        ];
        var result = await RunAsync(PeerTool.Movescu, arguments, request.Timeout, cancellationToken).ConfigureAwait(false);
        return MovescuOutput.Parse(result.AllOutput, result.Elapsed)
            ?? throw result.Failure($"C-MOVE from {request.Peer} to {request.DestinationAeTitle} got no final response");
    }

    /// <summary>C-STORE of files with storescu over one association.</summary>
    public static async Task<StoreResult> StoreAsync(StoreRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var files = DicomFileList.Expand(request.Paths);
        if (files.Count == 0)
        {
            throw new ArgumentException("No DICOM files to send: the paths hold no *.dcm file.", nameof(request));
        }

        var configured = request.Options.Any(option => option is "-xf" or "--config-file");
        List<string> arguments =
        [
            "-v", "-nh", .. configured ? Array.Empty<string>() : ["-R"], "-to", ConnectTimeoutSeconds, "-aet", request.CallingAeTitle,
            "-aec", request.Peer.AeTitle, .. request.Options, request.Peer.Host, Port(request.Peer), .. files,
        ];
        var result = await RunAsync(PeerTool.Storescu, arguments, request.Timeout, cancellationToken).ConfigureAwait(false);
        var log = result.AllOutput;
        var nothingToSend = StorescuOutput.Ignored(log) == files.Count;
        if (!result.Succeeded && StorescuOutput.Responses(log) == 0 && !nothingToSend)
        {
            throw result.Failure($"C-STORE to {request.Peer} failed before any file was stored");
        }

        var sent = StorescuOutput.Accepted(log);
        return new StoreResult(files.Count, sent, files.Count - sent, result.Elapsed, log);
    }

    private static async Task<ExternalCommandResult> RunAsync(
        PeerTool tool, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var command = new ExternalCommand(tool.Require(), arguments)
        {
            Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["TCP_NODELAY"] = "1" },
            Timeout = timeout,
        };
        return await ExternalCommandRunner.RunAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static string Model(QueryModel model) => model switch
    {
        QueryModel.StudyRoot => "-S",
        QueryModel.PatientRoot => "-P",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown query model."),
    };

    private static IEnumerable<string> Keys(IReadOnlyList<string> keys) => keys.SelectMany(key => new[] { "-k", key });

    private static string Port(DicomEndpoint peer) => peer.Port.ToString(CultureInfo.InvariantCulture);
}
