using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;

namespace OpenRem.Infrastructure.Tests.Running;

/// <summary>
/// Records what a phase reports (<see cref="Recorded"/>) and cancels <see cref="Stop"/> the first time a stage text
/// satisfies the condition: the user's cancel, or the host stopping, at a chosen point of a real run.
/// </summary>
internal sealed class StopOnStage(Func<string, bool> condition) : IQueryProgress, IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    public RecordingProgress Recorded { get; } = new();

    public CancellationToken Stop => _stop.Token;

    public async ValueTask StageChangedAsync(Query query, CancellationToken cancellationToken)
    {
        await Recorded.StageChangedAsync(query, cancellationToken);
        if (!_stop.IsCancellationRequested && condition(query.StageText))
        {
            await _stop.CancelAsync();
        }
    }

    public ValueTask CountsChangedAsync(Query query, CancellationToken cancellationToken) => Recorded.CountsChangedAsync(query, cancellationToken);

    public ValueTask LogAsync(Query query, QueryLogLine line, CancellationToken cancellationToken) => Recorded.LogAsync(query, line, cancellationToken);

    public ValueTask SeriesMoveProgressAsync(Query query, SeriesMoveProgress progress, CancellationToken cancellationToken) => Recorded.SeriesMoveProgressAsync(query, progress, cancellationToken);

    public void Dispose() => _stop.Dispose();
}
