using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;

namespace OpenRem.Testing.Domain;

/// <summary>Records every stage text, state, count notification, series move progress and log line a phase reports.</summary>
public sealed class RecordingProgress : IQueryProgress
{
    public List<string> Stages { get; } = [];

    public List<QueryState> States { get; } = [];

    public int CountChanges { get; private set; }

    public List<QueryLogLine> Lines { get; } = [];

    public List<SeriesMoveProgress> SeriesMoves { get; } = [];

    public IEnumerable<string> LinesAt(QueryLogLevel level) => Lines.Where(line => line.Level == level).Select(line => line.Text);

    public ValueTask StageChangedAsync(Query query, CancellationToken cancellationToken)
    {
        Stages.Add(query.StageText);
        States.Add(query.State);
        return ValueTask.CompletedTask;
    }

    public ValueTask CountsChangedAsync(Query query, CancellationToken cancellationToken)
    {
        CountChanges++;
        return ValueTask.CompletedTask;
    }

    public ValueTask SeriesMoveProgressAsync(Query query, SeriesMoveProgress progress, CancellationToken cancellationToken)
    {
        SeriesMoves.Add(progress);
        return ValueTask.CompletedTask;
    }

    public ValueTask LogAsync(Query query, QueryLogLine line, CancellationToken cancellationToken)
    {
        Lines.Add(line);
        return ValueTask.CompletedTask;
    }
}
