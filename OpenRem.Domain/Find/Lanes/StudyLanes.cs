using OpenRem.Domain.Ports.Archive;
using OpenRem.Domain.Responses;

namespace OpenRem.Domain.Find.Lanes;

/// <summary>
/// Spreads per-study work over as many associations as the node allows. Each lane works on one study at a time
/// with an association of its own (the first lane uses the phase's association); what a study's work reports is
/// held in a journal and replayed, and its result applied, in the order of the studies, so the outcome, the log
/// and the counts are those of working through the studies one by one. With one lane the work runs inline.
/// </summary>
internal sealed class StudyLanes : IAsyncDisposable
{
    private readonly IRemoteArchiveConnector _connector;
    private readonly ArchiveConnectionOptions _options;
    private readonly IRemoteArchive[] _archives;

    public StudyLanes(IRemoteArchiveConnector connector, ArchiveConnectionOptions options, IRemoteArchive mainArchive, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _connector = connector;
        _options = options;
        _archives = new IRemoteArchive[count];
        _archives[0] = mainArchive;
    }

    /// <summary>How many associations the work may use at once.</summary>
    public int Count => _archives.Length;

    /// <summary>
    /// Runs <paramref name="work"/> for every study, spread over the lanes, and <paramref name="commit"/> with each
    /// result in the order of <paramref name="studies"/>, on the caller's context. The first failure, in that
    /// order, ends the run; work still going on is cancelled.
    /// </summary>
    public async Task RunAsync<T>(
        FindContext main,
        IReadOnlyList<StudyResponse> studies,
        Func<FindContext, StudyResponse, Task<T>> work,
        Func<StudyResponse, T, ValueTask> commit)
    {
        if (Count == 1 || studies.Count < 2)
        {
            foreach (var study in studies)
            {
                await commit(study, await work(main, study).ConfigureAwait(false)).ConfigureAwait(false);
            }

            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(main.CancellationToken);
        var free = new Queue<int>(Enumerable.Range(0, Count));
        using var lanesFree = new SemaphoreSlim(Count, Count);
        var running = new List<Task<(T Result, LaneJournal Journal)>>(studies.Count);
        foreach (var study in studies)
        {
            running.Add(WorkOnLaneAsync(main, study, work, free, lanesFree, stop.Token));
        }

        try
        {
            for (var index = 0; index < studies.Count; index++)
            {
                var (result, journal) = await running[index].ConfigureAwait(false);
                await journal.ReplayAsync(main).ConfigureAwait(false);
                await commit(studies[index], result).ConfigureAwait(false);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(running.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
        }
    }

    private async Task<(T Result, LaneJournal Journal)> WorkOnLaneAsync<T>(
        FindContext main,
        StudyResponse study,
        Func<FindContext, StudyResponse, Task<T>> work,
        Queue<int> free,
        SemaphoreSlim lanesFree,
        CancellationToken cancellationToken)
    {
        await lanesFree.WaitAsync(cancellationToken).ConfigureAwait(false);
        int lane;
        lock (free)
        {
            lane = free.Dequeue();
        }

        try
        {
            var journal = new LaneJournal();
            var result = await work(main.ForLane(ArchiveOf(lane), journal, cancellationToken), study).ConfigureAwait(false);
            return (result, journal);
        }
        finally
        {
            lock (free)
            {
                free.Enqueue(lane);
            }

            lanesFree.Release();
        }
    }

    private IRemoteArchive ArchiveOf(int lane)
    {
        lock (_archives)
        {
            return _archives[lane] ??= _connector.Connect(_options);
        }
    }

    /// <summary>Releases the associations the extra lanes opened; the phase's own association is not this object's.</summary>
    public async ValueTask DisposeAsync()
    {
        for (var lane = 1; lane < _archives.Length; lane++)
        {
            if (_archives[lane] is { } archive)
            {
                await archive.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
