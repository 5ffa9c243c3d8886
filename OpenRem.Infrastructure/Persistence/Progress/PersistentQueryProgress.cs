using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Retrieve;

namespace OpenRem.Infrastructure.Persistence.Progress;

/// <summary>
/// The progress port for one run of one query: the query, tracked by <paramref name="db"/>, is written to the
/// database (the truth) with its responses and log lines, then every change is handed to the publishers. A change
/// of state is written at once; stage texts, counts and log lines at most once per
/// <see cref="QueryProgressOptions.WriteInterval"/>, and whatever is left by <see cref="FlushAsync"/>.
/// </summary>
internal sealed class PersistentQueryProgress(
    OpenRemDbContext db,
    IReadOnlyList<IQueryProgressPublisher> publishers,
    QueryProgressOptions options,
    TimeProvider time,
    ILogger logger) : IQueryProgress
{
    private QueryState? _writtenState;
    private long _writtenAt;

    public async ValueTask StageChangedAsync(Query query, CancellationToken cancellationToken)
    {
        await WriteAsync(query, force: query.State != _writtenState, cancellationToken);
        await PublishAsync(query, static (publisher, snapshot, token) => publisher.PublishStageAsync(snapshot, token), cancellationToken);
    }

    public async ValueTask CountsChangedAsync(Query query, CancellationToken cancellationToken)
    {
        await WriteAsync(query, force: query.State != _writtenState, cancellationToken);
        await PublishAsync(query, static (publisher, snapshot, token) => publisher.PublishCountsAsync(snapshot, token), cancellationToken);
    }

    /// <summary>Nothing of the query changes: the progress of one C-MOVE is only published.</summary>
    public async ValueTask SeriesMoveProgressAsync(Query query, SeriesMoveProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(progress);
        foreach (var publisher in publishers)
        {
            try
            {
                await publisher.PublishSeriesMoveAsync(query.Id, progress, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                PersistenceLog.PublisherFailed(logger, exception, publisher.GetType().Name, query.Id);
            }
        }
    }

    public async ValueTask LogAsync(Query query, QueryLogLine line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(line);
        db.QueryLog.Add(new QueryLogEntry(query.Id, line));
        await WriteAsync(query, force: false, cancellationToken);
        foreach (var publisher in publishers)
        {
            try
            {
                await publisher.PublishLogAsync(query.Id, line, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                PersistenceLog.PublisherFailed(logger, exception, publisher.GetType().Name, query.Id);
            }
        }
    }

    /// <summary>Writes whatever has not been written yet.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
            _writtenAt = time.GetTimestamp();
        }
    }

    private async ValueTask WriteAsync(Query query, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (db.Entry(query).State == EntityState.Detached)
        {
            throw new InvalidOperationException($"Query {query.Id} is not the one this progress writer was opened for.");
        }

        if (!force && _writtenState is not null && time.GetElapsedTime(_writtenAt) < options.WriteInterval)
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        _writtenState = query.State;
        _writtenAt = time.GetTimestamp();
    }

    private async ValueTask PublishAsync(
        Query query,
        Func<IQueryProgressPublisher, QueryProgressSnapshot, CancellationToken, ValueTask> publish,
        CancellationToken cancellationToken)
    {
        if (publishers.Count == 0)
        {
            return;
        }

        var snapshot = QueryProgressSnapshot.Of(query);
        foreach (var publisher in publishers)
        {
            try
            {
                await publish(publisher, snapshot, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                PersistenceLog.PublisherFailed(logger, exception, publisher.GetType().Name, query.Id);
            }
        }
    }
}
