using Microsoft.Extensions.Logging;
using OpenRem.Domain.Find;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;
using OpenRem.Domain.Running;
using OpenRem.Infrastructure.Persistence.Queries;
using OpenRem.Infrastructure.Progress;
using OpenRem.Infrastructure.Running;

namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// Runs one <c>qr</c> request: finds both nodes, echoes both (and stops when either does not answer with success),
/// creates the query, runs the find phase and, unless <c>--query-only</c>, the retrieve, with progress on the
/// error output, then writes the summary on the output. Returns the exit code (<see cref="QrExitCode"/>).
/// With the application's database (<paramref name="repository"/> and <paramref name="runner"/>) the query is stored
/// and run as every stored query is, and the progress shown is what the progress feed publishes for it; without
/// them the phases run here and report to <paramref name="applicationProgress"/>.
/// </summary>
internal sealed partial class QrExecution(
    IQrNodeLookup nodes,
    INodeEcho echo,
    IRemoteArchiveConnector archives,
    IImportedObjects imported,
    IRetrieveArrivals arrivals,
    IQueryProgress? applicationProgress,
    TimeProvider time,
    ILogger<QrExecution> logger,
    IQueryRepository? repository = null,
    StoredQueryRunner? runner = null,
    IQueryProgressFeed? feed = null)
{
    public async Task<int> RunAsync(QueryRequest request, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var remote = await nodes.FindRemoteNodeAsync(request.RemoteNodeId, cancellationToken).ConfigureAwait(false);
        var store = await nodes.FindStoreNodeAsync(request.StoreNodeId, cancellationToken).ConfigureAwait(false);
        if (remote is null || store is null)
        {
            await error.WriteLineAsync(MissingNodes(request, remote, store)).ConfigureAwait(false);
            return QrExitCode.Usage;
        }

        if (!await NodesAnswerAsync(remote, store, error, cancellationToken).ConfigureAwait(false))
        {
            return QrExitCode.Failure;
        }

        var query = Query.Create(request, remote, store, time);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var parameters = query.Parameters.Describe();
            LogStarted(logger, query.Id, remote.Id, store.Id, parameters);
        }

        await error.WriteLineAsync("Running Query").ConfigureAwait(false);
        QueryState state;
        if (repository is not null && runner is not null)
        {
            // The query is stored first and written as it runs, so that it shows in the history like any other.
            await repository.AddAsync(query, cancellationToken).ConfigureAwait(false);
            state = await RunStoredAsync(query.Id, runner, error, cancellationToken).ConfigureAwait(false);
            query = await repository.FindAsync(query.Id, CancellationToken.None).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The query {query.Id} just run could not be read back.");
        }
        else
        {
            state = await RunAsync(query, remote, store, applicationProgress, error, cancellationToken).ConfigureAwait(false);
        }

        LogEnded(logger, query.Id, state);

        var summary = QrSummaryBuilder.From(query);
        if (json)
        {
            await QrSummaryJsonWriter.WriteAsync(output, summary).ConfigureAwait(false);
        }
        else
        {
            await QrSummaryTextWriter.WriteAsync(output, summary).ConfigureAwait(false);
        }

        return Succeeded(query) ? QrExitCode.Success : QrExitCode.Failure;
    }

    /// <summary>Runs the stored query, writing what the progress feed publishes for it meanwhile.</summary>
    private async Task<QueryState> RunStoredAsync(
        Guid queryId, StoredQueryRunner runner, TextWriter error, CancellationToken cancellationToken)
    {
        if (feed is null)
        {
            return await runner.RunAsync(queryId, QueryRunKind.Find, cancellationToken, progress => new QrConsoleProgress(error, progress)).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The query {queryId} just stored could not be read back.");
        }

        var subscription = feed.Subscribe(queryId);
        await using (subscription.ConfigureAwait(false))
        {
            var writing = QrConsoleFeedWriter.WriteAsync(subscription, error, CancellationToken.None);
            try
            {
                return await runner.RunAsync(queryId, QueryRunKind.Find, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"The query {queryId} just stored could not be read back.");
            }
            finally
            {
                // Every event of the run is in the subscription's queue by now: write them all, then stop.
                subscription.Complete();
                await writing.ConfigureAwait(false);
            }
        }
    }

    private Task<QueryState> RunAsync(
        Query query, RemoteNode remote, StoreNode store, IQueryProgress? inner, TextWriter error, CancellationToken cancellationToken)
    {
        var progress = new QrConsoleProgress(error, inner);
        var runner = new QueryRunner(new FindPhase(archives, imported, progress, time), new MovePhase(archives, progress, time, arrivals));
        return runner.RunAsync(query, remote, store, cancellationToken);
    }

    private static bool Succeeded(Query query) =>
        query.State == QueryState.Done || (query.State == QueryState.Filtered && !query.Parameters.MoveWhenFound);

    private static string MissingNodes(QueryRequest request, RemoteNode? remote, StoreNode? store)
    {
        var missing = new List<string>();
        if (remote is null)
        {
            missing.Add($"there is no remote node with database ID {request.RemoteNodeId}");
        }

        if (store is null)
        {
            missing.Add($"there is no store node with database ID {request.StoreNodeId}");
        }

        return "qr: error: " + string.Join("; ", missing);
    }

    /// <summary>Echoes both nodes at once; false, with the reference's message, unless both answer with success.</summary>
    private async Task<bool> NodesAnswerAsync(RemoteNode remote, StoreNode store, TextWriter error, CancellationToken cancellationToken)
    {
        var remoteEcho = echo.EchoAsync(remote, cancellationToken);
        var storeEcho = echo.EchoAsync(store, cancellationToken);
        var remoteResult = await remoteEcho.ConfigureAwait(false);
        var storeResult = await storeEcho.ConfigureAwait(false);
        if (remoteResult.IsSuccess && storeResult.IsSuccess)
        {
            return true;
        }

        LogNodesNotReady(logger, remote.Id, remoteResult.Text, store.Id, storeResult.Text);
        await error.WriteLineAsync(
            $"Query-retrieve aborted: DICOM nodes not ready. QR SCP echo is {remoteResult.Text}, Store SCP echo is {storeResult.Text}").ConfigureAwait(false);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Command-line query {QueryId} of remote node {RemoteNodeId} into store node {StoreNodeId} started: {Parameters}")]
    private static partial void LogStarted(ILogger logger, Guid queryId, int remoteNodeId, int storeNodeId, string parameters);

    [LoggerMessage(Level = LogLevel.Information, Message = "Command-line query {QueryId} ended {State}")]
    private static partial void LogEnded(ILogger logger, Guid queryId, QueryState state);

    [LoggerMessage(Level = LogLevel.Error, Message = "Query-retrieve aborted: DICOM nodes not ready. QR SCP (node {RemoteNodeId}) echo is {RemoteEcho}, Store SCP (node {StoreNodeId}) echo is {StoreEcho}")]
    private static partial void LogNodesNotReady(ILogger logger, int remoteNodeId, string remoteEcho, int storeNodeId, string storeEcho);
}
