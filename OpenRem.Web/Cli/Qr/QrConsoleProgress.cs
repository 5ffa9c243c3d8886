using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;

namespace OpenRem.Web.Cli.Qr;

/// <summary>
/// Shows a query's progress on the command line's error output: every new stage text, and the query's log lines
/// from Information up (warnings and errors marked as such). Each call is passed on to <paramref name="inner"/>,
/// the application's own progress (which persists the query), when there is one.
/// </summary>
internal sealed class QrConsoleProgress(TextWriter error, IQueryProgress? inner) : IQueryProgress
{
    private readonly Lock _writing = new();
    private string? _lastPlainText;

    public async ValueTask StageChangedAsync(Query query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (inner is not null)
        {
            await inner.StageChangedAsync(query, cancellationToken).ConfigureAwait(false);
        }

        Write(query.StageText, prefix: string.Empty);
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

        var prefix = line.Level switch
        {
            QueryLogLevel.Warning => "Warning: ",
            QueryLogLevel.Error => "Error: ",
            _ => string.Empty,
        };
        if (line.Level != QueryLogLevel.Debug)
        {
            Write(line.Text, prefix);
        }
    }

    private void Write(string text, string prefix)
    {
        lock (_writing)
        {
            // A phase logs its closing stage text as well as reporting it: show it once.
            if (prefix.Length == 0)
            {
                if (string.Equals(text, _lastPlainText, StringComparison.Ordinal))
                {
                    return;
                }

                _lastPlainText = text;
            }

            foreach (var line in text.Split('\n'))
            {
                error.WriteLine(prefix + line);
            }
        }
    }
}
