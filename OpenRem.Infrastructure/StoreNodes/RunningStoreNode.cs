using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Server;
using OpenRem.Dicom.Network.Server.Storage;
using OpenRem.Domain.Nodes;
using OpenRem.Infrastructure.Configuration;
using OpenRem.Infrastructure.Import;

namespace OpenRem.Infrastructure.StoreNodes;

/// <summary>
/// One store node's Store SCP and the pump that hands what it stores to the importer. The SCP waits for the pump
/// when the importer falls behind, so the backlog is bounded and the sender is slowed through TCP instead. A node
/// whose port cannot be listened on is kept, not listening, with the reason.
/// </summary>
internal sealed class RunningStoreNode : IAsyncDisposable
{
    /// <summary>How many stored objects may wait for the importer before the associations that store wait.</summary>
    private const int Backlog = 512;

    private readonly StoreNode _node;
    private readonly DicomServer? _server;
    private readonly ObjectImporter? _importer;
    private readonly StoreNodeOptions? _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time = TimeProvider.System;
    private readonly Task _pump = Task.CompletedTask;
    private long _imported;
    private long _notImported;
    private string? _lastError;

    private RunningStoreNode(StoreNode node, ILogger logger, string error)
    {
        _node = node;
        _logger = logger;
        _lastError = error;
    }

    private RunningStoreNode(StoreNode node, DicomServer server, ObjectImporter importer, StoreNodeOptions options, TimeProvider time, ILogger logger)
    {
        _time = time;
        _node = node;
        _server = server;
        _importer = importer;
        _options = options;
        _logger = logger;
        _pump = Task.Run(PumpAsync, CancellationToken.None);
    }

    public bool IsListening => _server is not null && _server.Status.IsListening;

    public string? LastError => Volatile.Read(ref _lastError);

    /// <summary>
    /// Starts listening for <paramref name="node"/>; when the port cannot be used, a node that does not listen, with
    /// the reason (logged unless it is <paramref name="previousError"/>, so a retry does not repeat it).
    /// </summary>
    public static RunningStoreNode Start(StoreNode node, StoreNodeOptions options, StoreFolder folder, ObjectImporter importer, TimeProvider time, ILoggerFactory loggers, string? previousError)
    {
        var logger = loggers.CreateLogger<RunningStoreNode>();
        var serverOptions = new DicomServerOptions
        {
            CalledAE = node.AeTitle.Value,
            AllowedCallingAEs = node.AllowedCallingAeTitles.Count == 0 ? null : node.AllowedCallingAeTitles,
            StoreDirectory = folder.Root,
            StorageLayout = StorageLayout.StudySeriesInstance,
            FlushToDisk = options.FlushToDisk,
            NotificationCapacity = Backlog,
            WaitForNotificationReader = true,
            LoggerFactory = loggers,
        };
        try
        {
            var server = DicomServerFactory.CreateStoreScp(node.Port, options.BindAddress, serverOptions);
            var endpoint = $"{server.Address}:{server.Port}";
            StoreNodeLog.Listening(logger, node.Name, node.AeTitle.Value, endpoint, folder.Root);
            return new RunningStoreNode(node, server, importer, options, time, logger);
        }
        catch (Exception e) when (e is DicomNetworkException or ArgumentException)
        {
            if (e.Message != previousError)
            {
                StoreNodeLog.CannotListen(logger, node.Name, node.Port, e.Message);
            }

            return new RunningStoreNode(node, logger, e.Message);
        }
    }

    public StoreNodeState State()
    {
        var status = _server?.Status;
        return new StoreNodeState(
            _node.Id,
            _node.Name,
            status?.IsListening ?? false,
            _server is null ? null : $"{_server.Address}:{_server.Port}",
            status?.OpenAssociations ?? 0,
            status?.ObjectsReceived ?? 0,
            Interlocked.Read(ref _imported),
            Interlocked.Read(ref _notImported),
            LastError ?? status?.LastError);
    }

    /// <summary>Stops listening, lets open associations finish within the grace period, and imports what they stored.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_server is null)
        {
            return;
        }

        await _server.StopAsync(_options!.StopGracePeriod).ConfigureAwait(false);
        await _pump.ConfigureAwait(false);
        StoreNodeLog.Stopped(_logger, _node.Name, _server.Status.ObjectsReceived);
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    private async Task PumpAsync()
    {
        var reader = _server!.ReceivedObjects;
        var batch = new List<ReceivedFile>(_options!.ImportBatchSize);

        // Not cancelled at stop: the reader completes once the server has stopped, after the last object it stored.
        while (await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await GatherAsync(reader, batch).ConfigureAwait(false);

            try
            {
                var outcomes = await _importer!.ImportAsync(batch, CancellationToken.None).ConfigureAwait(false);
                var imported = outcomes.Count(outcome => outcome.Imported);
                Interlocked.Add(ref _imported, imported);
                Interlocked.Add(ref _notImported, outcomes.Count - imported);
                if (outcomes.FirstOrDefault(outcome => !outcome.Imported) is { } failed)
                {
                    Volatile.Write(ref _lastError, $"{failed.File.Path} was not imported: {failed.Problem}");
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                StoreNodeLog.ImportFailed(_logger, e, _node.Name);
                Interlocked.Add(ref _notImported, batch.Count);
                Volatile.Write(ref _lastError, "Importing failed: " + e.Message);
            }

            batch.Clear();
        }
    }

    /// <summary>
    /// Once an object waits, lets <see cref="StoreNodeOptions.ImportBatchWindow"/> pass, then takes what waits, up to a
    /// batch: an object that arrives alone is imported after that short wait, a stream of objects in batches, so that
    /// neither the database's cost per transaction nor a wake-up of the importer is paid per object.
    /// </summary>
    private async Task GatherAsync(ChannelReader<StoredObject> reader, List<ReceivedFile> batch)
    {
        await Task.Delay(_options!.ImportBatchWindow, _time).ConfigureAwait(false);
        while (batch.Count < _options.ImportBatchSize && reader.TryRead(out var stored))
        {
            batch.Add(ToFile(stored));
        }
    }

    private ReceivedFile ToFile(StoredObject stored) => new(
        stored.Path,
        stored.Size,
        stored.Header,
        _time.GetUtcNow(),
        stored.Request.CallingAeTitle,
        stored.Request.MoveOriginatorAeTitle,
        _node.Id);
}
