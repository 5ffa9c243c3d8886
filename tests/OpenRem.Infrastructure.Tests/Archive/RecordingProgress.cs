using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;

namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>Keeps the stage texts and log lines a phase reports.</summary>
internal sealed class RecordingProgress : IQueryProgress
{
    public List<string> Stages { get; } = [];

    public List<QueryLogLine> Lines { get; } = [];

    public ValueTask StageChangedAsync(Query query, CancellationToken cancellationToken)
    {
        Stages.Add(query.StageText);
        return ValueTask.CompletedTask;
    }

    public ValueTask CountsChangedAsync(Query query, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask LogAsync(Query query, QueryLogLine line, CancellationToken cancellationToken)
    {
        Lines.Add(line);
        return ValueTask.CompletedTask;
    }
}
