using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;

namespace OpenRem.Web.Tests.Cli.Qr.Fakes;

/// <summary>The application's progress as a recorder: the states it was told about and the log lines it received.</summary>
internal sealed class RecordingProgress : IQueryProgress
{
    public List<QueryState> States { get; } = [];

    public List<QueryLogLine> Lines { get; } = [];

    public int CountChanges { get; private set; }

    public ValueTask StageChangedAsync(Query query, CancellationToken cancellationToken)
    {
        States.Add(query.State);
        return ValueTask.CompletedTask;
    }

    public ValueTask CountsChangedAsync(Query query, CancellationToken cancellationToken)
    {
        CountChanges++;
        return ValueTask.CompletedTask;
    }

    public ValueTask LogAsync(Query query, QueryLogLine line, CancellationToken cancellationToken)
    {
        Lines.Add(line);
        return ValueTask.CompletedTask;
    }
}
