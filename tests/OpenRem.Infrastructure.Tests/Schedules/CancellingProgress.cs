using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;

namespace OpenRem.Infrastructure.Tests.Schedules;

/// <summary>Passes progress on to the application's and cancels the run as soon as the query starts finding.</summary>
internal sealed class CancellingProgress(IQueryProgress inner, CancellationTokenSource cancellation) : IQueryProgress
{
    public async ValueTask StageChangedAsync(Query query, CancellationToken cancellationToken)
    {
        await inner.StageChangedAsync(query, cancellationToken);
        if (query.State == QueryState.Querying)
        {
            await cancellation.CancelAsync();
        }
    }

    public ValueTask CountsChangedAsync(Query query, CancellationToken cancellationToken) => inner.CountsChangedAsync(query, cancellationToken);

    public ValueTask LogAsync(Query query, QueryLogLine line, CancellationToken cancellationToken) => inner.LogAsync(query, line, cancellationToken);

    public ValueTask SeriesMoveProgressAsync(Query query, SeriesMoveProgress progress, CancellationToken cancellationToken) => inner.SeriesMoveProgressAsync(query, progress, cancellationToken);
}
