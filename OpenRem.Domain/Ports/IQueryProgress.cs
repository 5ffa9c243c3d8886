using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;

namespace OpenRem.Domain.Ports;

/// <summary>
/// Where the phases report what they do. The implementation persists the query (the database is the truth) and
/// publishes the change to anyone watching; it may coalesce count changes.
/// </summary>
public interface IQueryProgress
{
    /// <summary>The query's state or stage text changed.</summary>
    ValueTask StageChangedAsync(Query query, CancellationToken cancellationToken);

    /// <summary>Some of the query's counts changed.</summary>
    ValueTask CountsChangedAsync(Query query, CancellationToken cancellationToken);

    /// <summary>A C-MOVE of the move phase answered, pending or final; nothing of the query itself changed.</summary>
    ValueTask SeriesMoveProgressAsync(Query query, SeriesMoveProgress progress, CancellationToken cancellationToken);

    /// <summary>A line for the query's log.</summary>
    ValueTask LogAsync(Query query, QueryLogLine line, CancellationToken cancellationToken);
}
