using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Ports;
using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence.Queries;

namespace OpenRem.Infrastructure.Tests.Persistence;

public sealed class QueryProgressTests : IAsyncLifetime
{
    private readonly RecordingPublisher _publisher = new();
    private TestDatabase _database = null!;
    private QueryScenario _scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(new FailingPublisher(), _publisher);
        _scenario = await new QueryScenario(_database).PrepareAsync(Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_change_of_state_is_written_at_once_and_other_changes_once_the_write_interval_has_passed()
    {
        var id = (await _scenario.NewQueryAsync(Ct)).Id;
        var session = await _database.Get<IQueryRunSessions>().OpenAsync(id, Ct);
        await using (session!)
        {
            var query = session!.Query;
            query.BeginFind(_database.Time.GetUtcNow());
            await session.Progress.StageChangedAsync(query, Ct);
            var afterStart = await StoredAsync(id);

            await session.Progress.LogAsync(query, Line("within the interval"), Ct);
            var linesWithinInterval = await StoredLinesAsync(id);

            _database.Time.Advance(TimeSpan.FromSeconds(1));
            await session.Progress.LogAsync(query, Line("after the interval"), Ct);
            var linesAfterInterval = await StoredLinesAsync(id);

            Assert.Equal(QueryState.Querying, afterStart.State);
            Assert.Equal("Starting the query", afterStart.StageText);
            Assert.Empty(linesWithinInterval);
            Assert.Equal(["within the interval", "after the interval"], linesAfterInterval);
        }
    }

    [Fact]
    public async Task Closing_the_session_writes_what_was_left()
    {
        var id = (await _scenario.NewQueryAsync(Ct)).Id;
        var session = await _database.Get<IQueryRunSessions>().OpenAsync(id, Ct);
        await using (session!)
        {
            session!.Query.BeginFind(_database.Time.GetUtcNow());
            await session.Progress.StageChangedAsync(session.Query, Ct);
            await session.Progress.LogAsync(session.Query, Line("last words"), Ct);
        }

        Assert.Equal(["last words"], await StoredLinesAsync(id));
    }

    [Fact]
    public async Task Publishers_see_every_change_even_when_one_of_them_fails()
    {
        var id = (await _scenario.NewQueryAsync(Ct)).Id;

        var ran = await _scenario.RunAsync(id, Ct);

        Assert.All(_publisher.Snapshots, snapshot => Assert.Equal(id, snapshot.QueryId));
        Assert.Equal(QueryState.Querying, _publisher.Snapshots.First().State);
        var last = _publisher.Snapshots.Last();
        Assert.Equal((QueryState.Done, ran.StageText), (last.State, last.StageText));
        Assert.Equal(ran.FindCounts.StudiesKept, last.StudiesKept);
        Assert.Equal(ran.MoveCounts.SubOperations, last.MoveSubOperations);
        Assert.Contains(_publisher.Snapshots, snapshot => snapshot.State == QueryState.Retrieving);
        Assert.Equal(await _database.Get<IQueryRepository>().ReadLogAsync(id, Ct), _publisher.Lines.Select(line => line.Line));
        Assert.Equal(QueryState.Done, _publisher.StageSnapshots.Last().State);
        Assert.All(_publisher.SeriesMoves, move => Assert.Equal(id, move.QueryId));
        var finals = _publisher.SeriesMoves.Select(move => move.Progress).Where(progress => progress.IsFinal).ToList();
        Assert.InRange(finals.Count, ran.MoveCounts.RequestsDone, 2 * ran.MoveCounts.RequestsDone);
        Assert.Contains(finals, progress => progress.SubOperations.Completed > 0);
    }

    [Fact]
    public async Task A_session_writes_only_its_own_query()
    {
        var id = (await _scenario.NewQueryAsync(Ct)).Id;
        var other = await _scenario.NewQueryAsync(Ct);
        var session = await _database.Get<IQueryRunSessions>().OpenAsync(id, Ct);
        await using (session!)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => session!.Progress.StageChangedAsync(other, Ct).AsTask());
        }
    }

    private static QueryLogLine Line(string text) => new(DateTimeOffset.UnixEpoch, QueryLogLevel.Information, text);

    private async Task<Query> StoredAsync(Guid id)
    {
        await using var db = _database.NewContext();
        return await db.Queries.AsNoTracking().SingleAsync(query => query.Id == id, Ct);
    }

    private async Task<List<string>> StoredLinesAsync(Guid id)
    {
        await using var db = _database.NewContext();
        return await db.QueryLog.Where(entry => entry.QueryId == id).OrderBy(entry => entry.Id).Select(entry => entry.Text).ToListAsync(Ct);
    }
}
