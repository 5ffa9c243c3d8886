using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;

namespace OpenRem.Benchmarks.FindPhase;

/// <summary>Progress that goes nowhere: the benchmark times the phase, not a database.</summary>
internal sealed class SilentProgress : IQueryProgress
{
    public ValueTask StageChangedAsync(Query query, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask CountsChangedAsync(Query query, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask SeriesMoveProgressAsync(Query query, SeriesMoveProgress progress, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask LogAsync(Query query, QueryLogLine line, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
