using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;

namespace OpenRem.Infrastructure.Tests.Running;

/// <summary>
/// Plays the host stopping part way through a retrieve: wraps a run's progress (<see cref="Decorate"/>) and, the first
/// time a report of the retrieving query satisfies <paramref name="when"/>, waits until <paramref name="arrived"/> says
/// objects reached the store node, then cancels <see cref="Shutdown"/>.
/// </summary>
internal sealed class ShutdownWhenArrived(Func<Query, bool> when, Func<Task<bool>> arrived) : IQueryProgress, IDisposable
{
    private readonly CancellationTokenSource _shutdown = new();
    private IQueryProgress? _inner;

    public CancellationToken Shutdown => _shutdown.Token;

    private IQueryProgress Inner => _inner ?? throw new InvalidOperationException("No run's progress was decorated.");

    /// <summary>For the runner's decorate argument: reports go on to <paramref name="progress"/>.</summary>
    public IQueryProgress Decorate(IQueryProgress progress)
    {
        _inner = progress;
        return this;
    }

    public async ValueTask StageChangedAsync(Query query, CancellationToken cancellationToken)
    {
        await Inner.StageChangedAsync(query, cancellationToken);
        await StopWhenDueAsync(query, cancellationToken);
    }

    public async ValueTask CountsChangedAsync(Query query, CancellationToken cancellationToken)
    {
        await Inner.CountsChangedAsync(query, cancellationToken);
        await StopWhenDueAsync(query, cancellationToken);
    }

    public ValueTask LogAsync(Query query, QueryLogLine line, CancellationToken cancellationToken) => Inner.LogAsync(query, line, cancellationToken);

    public ValueTask SeriesMoveProgressAsync(Query query, SeriesMoveProgress progress, CancellationToken cancellationToken) => Inner.SeriesMoveProgressAsync(query, progress, cancellationToken);

    public void Dispose() => _shutdown.Dispose();

    private async Task StopWhenDueAsync(Query query, CancellationToken cancellationToken)
    {
        if (_shutdown.IsCancellationRequested || query.State != QueryState.Retrieving || !when(query))
        {
            return;
        }

        while (!await arrived())
        {
            await Task.Delay(50, cancellationToken);
        }

        await _shutdown.CancelAsync();
    }
}
