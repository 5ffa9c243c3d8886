using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenRem.Domain.Nodes;
using OpenRem.Infrastructure.Configuration;
using OpenRem.Infrastructure.Import;
using OpenRem.Infrastructure.Persistence;

namespace OpenRem.Infrastructure.StoreNodes;

/// <summary>
/// Runs a Store SCP for every store node marked as run by this application: after the start-up recovery of the
/// store folder, it starts them, restarts a node whose AE title, port or allowed callers changed, stops a removed
/// one, and retries one whose port was in use; it compares with the database every
/// <see cref="StoreNodeOptions.ReconcileInterval"/> (nodes changed by the command line) and at once when asked. Each
/// node's state is written to the database at most once a second for other processes.
/// </summary>
public sealed class StoreNodeHost(
    IDbContextFactory<OpenRemDbContext> databases,
    IOptions<StoreNodeOptions> options,
    StoreFolder folder,
    ObjectImporter importer,
    StoreRecovery recovery,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService, IStoreNodeStatuses
{
    private static readonly TimeSpan StatusInterval = TimeSpan.FromSeconds(1);

    private readonly Dictionary<int, (StoreNodeListenerSettings Settings, RunningStoreNode Node)> _running = [];
    private readonly SemaphoreSlim _wake = new(0);
    private readonly ILogger _logger = loggers.CreateLogger<StoreNodeHost>();
    private IReadOnlyList<StoreNodeState> _current = [];
    private Dictionary<int, StoreNodeState> _written = [];

    public IReadOnlyList<StoreNodeState> Current => Volatile.Read(ref _current);

    public void Reconcile() => _wake.Release();

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await recovery.RunAsync(stoppingToken).ConfigureAwait(false);
            var nextReconcile = DateTimeOffset.MinValue;
            while (!stoppingToken.IsCancellationRequested)
            {
                if (time.GetUtcNow() >= nextReconcile)
                {
                    await ReconcileAsync(stoppingToken).ConfigureAwait(false);
                    nextReconcile = time.GetUtcNow() + options.Value.ReconcileInterval;
                }

                await PublishAsync(stoppingToken).ConfigureAwait(false);
                if (await _wake.WaitAsync(StatusInterval, stoppingToken).ConfigureAwait(false))
                {
                    nextReconcile = DateTimeOffset.MinValue;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application stops.
        }
        finally
        {
            await StopAllAsync().ConfigureAwait(false);
        }
    }

    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        List<StoreNode> wanted;
        try
        {
            var database = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (database.ConfigureAwait(false))
            {
                wanted = await database.StoreNodes.AsNoTracking().Where(node => node.Kind == StoreNodeKind.RunByThisApp).ToListAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            StoreNodeLog.ReconcileFailed(_logger, e);
            return;
        }

        foreach (var id in _running.Keys.Except(wanted.Select(node => node.Id)).ToList())
        {
            await _running[id].Node.DisposeAsync().ConfigureAwait(false);
            _running.Remove(id);
        }

        foreach (var node in wanted)
        {
            var settings = StoreNodeListenerSettings.Of(node);
            string? previousError = null;
            if (_running.TryGetValue(node.Id, out var running))
            {
                if (running.Settings.ListensLike(settings) && running.Node.IsListening)
                {
                    _running[node.Id] = (settings, running.Node);
                    continue;
                }

                if (running.Node.IsListening)
                {
                    StoreNodeLog.Restarting(_logger, node.Name);
                }

                previousError = running.Node.LastError;
                await running.Node.DisposeAsync().ConfigureAwait(false);
            }

            _running[node.Id] = (settings, RunningStoreNode.Start(node, options.Value, folder, importer, time, loggers, previousError));
        }
    }

    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        var states = _running.Values.Select(entry => entry.Node.State()).OrderBy(state => state.Name, StringComparer.OrdinalIgnoreCase).ToList();
        Volatile.Write(ref _current, states);
        var changed = states.Where(state => !_written.TryGetValue(state.StoreNodeId, out var written) || written != state).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        try
        {
            await WriteAsync(changed, cancellationToken).ConfigureAwait(false);
            _written = states.ToDictionary(state => state.StoreNodeId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            StoreNodeLog.StatusWriteFailed(_logger, e);
        }
    }

    private async Task WriteAsync(IReadOnlyList<StoreNodeState> states, CancellationToken cancellationToken)
    {
        var database = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (database.ConfigureAwait(false))
        {
            var ids = states.Select(state => state.StoreNodeId).ToList();
            var existing = await database.StoreNodeRuntimeStatuses.Where(status => ids.Contains(status.StoreNodeId)).ToDictionaryAsync(status => status.StoreNodeId, cancellationToken).ConfigureAwait(false);
            var nodes = await database.StoreNodes.Where(node => ids.Contains(node.Id)).Select(node => node.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var state in states.Where(state => nodes.Contains(state.StoreNodeId)))
            {
                if (!existing.TryGetValue(state.StoreNodeId, out var status))
                {
                    status = new StoreNodeRuntimeStatus(state.StoreNodeId);
                    database.StoreNodeRuntimeStatuses.Add(status);
                }

                status.IsListening = state.IsListening;
                status.ListeningOn = state.ListeningOn;
                status.OpenAssociations = state.OpenAssociations;
                status.ObjectsReceived = state.ObjectsReceived;
                status.ObjectsImported = state.ObjectsImported;
                status.ObjectsNotImported = state.ObjectsNotImported;
                status.LastError = state.LastError;
                status.UpdatedAt = time.GetUtcNow();
                status.ProcessId = Environment.ProcessId;
            }

            await database.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task StopAllAsync()
    {
        await Task.WhenAll(_running.Values.Select(entry => entry.Node.DisposeAsync().AsTask())).ConfigureAwait(false);
        var stopped = _running.Values.Select(entry => entry.Node.State() with { IsListening = false, OpenAssociations = 0 }).ToList();
        _running.Clear();
        Volatile.Write(ref _current, []);
        try
        {
            await WriteAsync(stopped, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            StoreNodeLog.StatusWriteFailed(_logger, e);
        }
    }
}
