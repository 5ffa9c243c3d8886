using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;

namespace OpenRem.Domain.Find.Lanes;

/// <summary>
/// What a lane did for one study that the query and its watchers must learn: stage texts, log lines, remote
/// errors and request counts, held in order so that the main context can replay them as if the study had been
/// worked on alone.
/// </summary>
internal sealed class LaneJournal
{
    private readonly List<LaneEntry> _entries = [];
    private bool _countsChanged;

    /// <summary>The C-FIND requests and matches of this study.</summary>
    public FindCounts Counts { get; } = new();

    public void Stage(string text) => _entries.Add(new LaneEntry(LaneEntryKind.Stage, text));

    public void Log(QueryLogLine line) => _entries.Add(new LaneEntry(LaneEntryKind.Log, line.Text, line));

    public void RemoteError(string text) => _entries.Add(new LaneEntry(LaneEntryKind.RemoteError, text));

    public void CountsChanged() => _countsChanged = true;

    /// <summary>Reports everything held here through <paramref name="main"/>, in the order it happened.</summary>
    public async ValueTask ReplayAsync(FindContext main)
    {
        main.Query.FindCounts.AddRequestCounts(Counts);
        foreach (var entry in _entries)
        {
            switch (entry.Kind)
            {
                case LaneEntryKind.Stage:
                    await main.StageAsync(entry.Text).ConfigureAwait(false);
                    break;
                case LaneEntryKind.Log:
                    await main.LogAsync(entry.Line!).ConfigureAwait(false);
                    break;
                case LaneEntryKind.RemoteError:
                    main.RecordRemoteError(entry.Text);
                    break;
            }
        }

        if (_countsChanged)
        {
            await main.CountsChangedAsync().ConfigureAwait(false);
        }
    }
}
