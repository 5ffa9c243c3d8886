using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Retrieve;
using OpenRem.Infrastructure.Persistence.Progress;
using OpenRem.Infrastructure.Persistence.Queries;
using OpenRem.Infrastructure.Progress;

namespace OpenRem.Web.Components.Progress;

/// <summary>
/// Where one query stands, live: its state, stage, elapsed time, counts, the progress of its retrieve and its log.
/// The query is read from the database first (so a page opened or reloaded mid-run shows the current state), then
/// the component follows the in-process progress feed, re-rendering at most a few times per second; when the feed
/// says it fell behind, the query is read again.
/// </summary>
public sealed partial class QueryProgressPanel
{
    private static readonly TimeSpan RenderInterval = TimeSpan.FromMilliseconds(250);

    private readonly List<QueryLogLine> _lines = [];
    private readonly HashSet<QueryLogLine> _loadedLines = [];
    private Guid? _followed;
    private CancellationTokenSource? _stop;
    private IQueryProgressSubscription? _subscription;
    private Task _following = Task.CompletedTask;
    private Task _rendering = Task.CompletedTask;
    private QueryProgressSnapshot? _snapshot;
    private SeriesMoveProgress? _series;
    private bool _missing;
    private volatile bool _dirty;

    /// <summary>The query shown.</summary>
    [Parameter, EditorRequired]
    public Guid QueryId { get; set; }

    [Inject]
    private IQueryRepository Queries { get; set; } = null!;

    [Inject]
    private IQueryProgressFeed Feed { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [Inject]
    private ILogger<QueryProgressPanel> Logger { get; set; } = null!;

    private string? Elapsed => _snapshot?.StartedAt is { } started
        ? QueryStateDisplay.Elapsed((_snapshot.EndedAt ?? (QueryStateDisplay.IsRunning(_snapshot.State) ? Time.GetUtcNow() : started)) - started)
        : null;

    public async ValueTask DisposeAsync() => await StopAsync();

    protected override async Task OnParametersSetAsync()
    {
        if (_followed == QueryId)
        {
            return;
        }

        await StopAsync();
        _followed = QueryId;
        if (!RendererInfo.IsInteractive)
        {
            // Prerendering: show the stored state only; the interactive render follows the feed.
            await LoadAsync(CancellationToken.None);
            return;
        }

        _stop = new CancellationTokenSource();
        // Subscribe before reading the database, so that nothing that happens in between is missed.
        _subscription = Feed.Subscribe(QueryId);
        await LoadAsync(_stop.Token);
        _following = FollowAsync(_subscription, _stop.Token);
        _rendering = RenderPeriodicallyAsync(_stop.Token);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var (snapshot, lines) = await ReadStoredAsync(cancellationToken);
        Apply(snapshot, lines);
    }

    private async Task<(QueryProgressSnapshot? Snapshot, IReadOnlyList<QueryLogLine> Lines)> ReadStoredAsync(CancellationToken cancellationToken)
    {
        var query = await Queries.FindAsync(QueryId, cancellationToken);
        if (query is null)
        {
            return (null, []);
        }

        var lines = await Queries.ReadLogAsync(QueryId, cancellationToken);
        return (QueryProgressSnapshot.Of(query), lines);
    }

    /// <summary>Replaces what is shown by what was read from the database.</summary>
    private void Apply(QueryProgressSnapshot? snapshot, IReadOnlyList<QueryLogLine> lines)
    {
        _missing = snapshot is null;
        _snapshot = snapshot;
        _series = null;
        _lines.Clear();
        _lines.AddRange(lines);
        _loadedLines.Clear();
        _loadedLines.UnionWith(lines);
    }

    private void Apply(QueryProgressEvent progressEvent)
    {
        switch (progressEvent)
        {
            case QueryStageChanged stage:
                _snapshot = stage.Snapshot;
                break;
            case QueryCountsChanged counts:
                _snapshot = counts.Snapshot;
                break;
            case QueryEnded ended:
                _snapshot = ended.Snapshot;
                break;
            case SeriesMoveProgressed series:
                _series = series.Progress;
                break;
            case QueryLogLineAdded log when !_loadedLines.Contains(log.Line):
                _lines.Add(log.Line);
                break;
        }

        _missing &= _snapshot is null;
    }

    private async Task FollowAsync(IQueryProgressSubscription subscription, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var progressEvent in subscription.ReadAllAsync(cancellationToken))
            {
                if (progressEvent is ProgressResync)
                {
                    var (snapshot, lines) = await ReadStoredAsync(cancellationToken);
                    await InvokeAsync(() => Apply(snapshot, lines));
                }
                else
                {
                    await InvokeAsync(() => Apply(progressEvent));
                }

                _dirty = true;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The component is going away.
        }
        catch (Exception exception)
        {
            Log.FollowingFailed(Logger, exception, QueryId);
        }
    }

    /// <summary>Renders what changed, a few times per second at most, and the running clock once per second.</summary>
    private async Task RenderPeriodicallyAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(RenderInterval, Time);
        var ticks = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                ticks++;
                var clockRuns = _snapshot is { } snapshot && QueryStateDisplay.IsRunning(snapshot.State) && ticks % 4 == 0;
                if (_dirty || clockRuns)
                {
                    _dirty = false;
                    await InvokeAsync(StateHasChanged);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The component is going away.
        }
    }

    private async Task StopAsync()
    {
        if (_stop is null)
        {
            return;
        }

        await _stop.CancelAsync();
        if (_subscription is not null)
        {
            await _subscription.DisposeAsync();
            _subscription = null;
        }

        await Task.WhenAll(_following, _rendering);
        _stop.Dispose();
        _stop = null;
    }

    private static double Percent(int done, int planned) => planned <= 0 ? 0 : Math.Clamp(100.0 * done / planned, 0, 100);

    /// <summary>How far the series' move is, in percent; null when the archive gives nothing to measure it by.</summary>
    private static double? SeriesPercent(SeriesMoveProgress series)
    {
        if (series.IsFinal)
        {
            return 100;
        }

        var done = series.SubOperations.Completed + series.SubOperations.Failed + series.SubOperations.Warning;
        var total = series.Remaining is { } remaining ? done + remaining : series.ExpectedObjects;
        return total is > 0 ? Percent(done, total.Value) : null;
    }

    private static string SeriesObjectsText(SeriesMoveProgress series)
    {
        var counts = series.SubOperations;
        var done = counts.Completed + counts.Failed + counts.Warning;
        var total = series.Remaining is { } remaining ? done + remaining : series.ExpectedObjects;
        var of = total is { } known ? $"{done} of {known} objects" : $"{done} objects";
        return series.IsFinal ? of + " moved" : of + " so far";
    }

    private static string LevelIcon(QueryLogLevel level) => level switch
    {
        QueryLogLevel.Error => Icons.Material.Filled.Error,
        QueryLogLevel.Warning => Icons.Material.Filled.Warning,
        QueryLogLevel.Debug => Icons.Material.Outlined.BugReport,
        _ => Icons.Material.Outlined.Info,
    };

    private static Color LevelColour(QueryLogLevel level) => level switch
    {
        QueryLogLevel.Error => Color.Error,
        QueryLogLevel.Warning => Color.Warning,
        QueryLogLevel.Debug => Color.Default,
        _ => Color.Info,
    };

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "The progress panel of query {QueryId} stopped following its progress")]
        public static partial void FollowingFailed(ILogger logger, Exception exception, Guid queryId);
    }
}
