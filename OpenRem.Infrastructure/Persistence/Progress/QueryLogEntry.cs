using OpenRem.Domain.Ports;

namespace OpenRem.Infrastructure.Persistence.Progress;

/// <summary>One stored line of a query's own log (<see cref="QueryLogLine"/>), kept in the order written.</summary>
public sealed class QueryLogEntry
{
    private QueryLogEntry() => Text = string.Empty;

    public QueryLogEntry(Guid queryId, QueryLogLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        QueryId = queryId;
        At = line.At;
        Level = line.Level;
        Text = line.Text;
        Detail = line.Detail;
    }

    /// <summary>Database identity, increasing in the order the lines were written.</summary>
    public long Id { get; private set; }

    public Guid QueryId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public QueryLogLevel Level { get; private set; }

    public string Text { get; private set; }

    /// <summary>Exception text, when there was one.</summary>
    public string? Detail { get; private set; }

    /// <summary>The line as the Domain knows it.</summary>
    public QueryLogLine ToLine() => new(At, Level, Text, Detail);
}
