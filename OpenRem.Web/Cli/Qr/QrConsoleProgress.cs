using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;

namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// Shows a query's progress on the command line's error output (<see cref="QrConsoleLines"/>) as the phases report
/// it, for a run without the application's database and progress feed. Each call is passed on to
/// <paramref name="inner"/>, the application's own progress, when there is one.
/// </summary>
internal sealed class QrConsoleProgress(TextWriter error, IQueryProgress? inner) : IQueryProgress
{
    private readonly QrConsoleLines _lines = new(error);

    public async ValueTask StageChangedAsync(Query query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (inner is not null)
        {
            await inner.StageChangedAsync(query, cancellationToken).ConfigureAwait(false);
        }

        _lines.WriteStage(query.StageText);
    }

    public ValueTask CountsChangedAsync(Query query, CancellationToken cancellationToken) =>
        inner?.CountsChangedAsync(query, cancellationToken) ?? ValueTask.CompletedTask;

    public ValueTask SeriesMoveProgressAsync(Query query, SeriesMoveProgress progress, CancellationToken cancellationToken) =>
        inner?.SeriesMoveProgressAsync(query, progress, cancellationToken) ?? ValueTask.CompletedTask;

    public async ValueTask LogAsync(Query query, QueryLogLine line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (inner is not null)
        {
            await inner.LogAsync(query, line, cancellationToken).ConfigureAwait(false);
        }

        _lines.WriteLog(line);
    }
}
