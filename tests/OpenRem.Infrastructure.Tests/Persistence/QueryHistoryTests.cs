using OpenRem.Domain.Queries;
using OpenRem.Infrastructure.Persistence.Queries;

namespace OpenRem.Infrastructure.Tests.Persistence;

public sealed class QueryHistoryTests : IAsyncLifetime
{
    private readonly List<Guid> _createdInOrder = [];
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IQueryRepository Queries => _database.Get<IQueryRepository>();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var scenario = await new QueryScenario(_database).PrepareAsync(Ct);
        for (var i = 0; i < 5; i++)
        {
            _database.Time.Advance(TimeSpan.FromMinutes(10));
            _createdInOrder.Add((await scenario.NewQueryAsync(Ct)).Id);
        }

        await FailAsync(_createdInOrder[1]);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Pages_list_the_newest_first_without_overlap_and_count_every_query()
    {
        var first = await Queries.ListAsync(new QueryListRequest { PageSize = 2 }, Ct);
        var second = await Queries.ListAsync(new QueryListRequest { PageSize = 2, PageIndex = 1 }, Ct);
        var last = await Queries.ListAsync(new QueryListRequest { PageSize = 2, PageIndex = 2 }, Ct);

        Assert.Equal(5, first.TotalCount);
        Assert.Equal(
            Enumerable.Reverse(_createdInOrder),
            first.Items.Concat(second.Items).Concat(last.Items).Select(summary => summary.Id));
        Assert.Single(last.Items);
    }

    [Fact]
    public async Task The_oldest_first_order_is_the_order_of_creation()
    {
        var page = await Queries.ListAsync(new QueryListRequest { Descending = false }, Ct);

        Assert.Equal(_createdInOrder, page.Items.Select(summary => summary.Id));
        Assert.True(page.Items.Zip(page.Items.Skip(1)).All(pair => pair.First.CreatedAt < pair.Second.CreatedAt));
    }

    [Fact]
    public async Task A_state_filter_lists_only_queries_in_that_state()
    {
        var failed = await Queries.ListAsync(new QueryListRequest { State = QueryState.Failed }, Ct);
        var queued = await Queries.ListAsync(new QueryListRequest { State = QueryState.Queued }, Ct);

        var only = Assert.Single(failed.Items);
        Assert.Equal(_createdInOrder[1], only.Id);
        Assert.Equal("The archive was switched off", only.Error);
        Assert.Equal(1, failed.TotalCount);
        Assert.Equal(4, queued.TotalCount);
    }

    [Fact]
    public async Task A_summary_carries_what_the_history_page_shows()
    {
        var summary = (await Queries.ListAsync(new QueryListRequest { PageSize = 1 }, Ct)).Items.Single();

        Assert.Equal(_createdInOrder[^1], summary.Id);
        Assert.Equal("Main PACS", summary.RemoteNodeName);
        Assert.Equal("Local store", summary.StoreNodeName);
        Assert.Equal(ModalitySelection.Of(Domain.Modalities.ModalityGroup.Ct), summary.Modalities);
        Assert.Equal("20240301 080000-123059", summary.Dates);
        Assert.Equal(QueryOrigin.Schedule, summary.Origin);
        Assert.Equal("Nightly CT", summary.RequestedBy);
        Assert.Equal(QueryState.Queued, summary.State);
        Assert.Equal(_database.Time.GetUtcNow(), summary.CreatedAt);
    }

    [Fact]
    public async Task Sorting_by_state_puts_the_failed_query_first_and_breaks_ties_by_creation()
    {
        var page = await Queries.ListAsync(new QueryListRequest { SortBy = QuerySortField.State, Descending = false }, Ct);

        Assert.Equal(
            new[] { _createdInOrder[1], _createdInOrder[0], _createdInOrder[2], _createdInOrder[3], _createdInOrder[4] },
            page.Items.Select(summary => summary.Id));
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(0, 0)]
    [InlineData(0, QueryListRequest.MaxPageSize + 1)]
    public async Task A_page_out_of_range_is_refused(int pageIndex, int pageSize)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Queries.ListAsync(new QueryListRequest { PageIndex = pageIndex, PageSize = pageSize }, Ct));
    }

    private async Task FailAsync(Guid id)
    {
        var session = await _database.Get<IQueryRunSessions>().OpenAsync(id, Ct);
        await using (session!)
        {
            session!.Query.Fail(_database.Time.GetUtcNow(), "The archive was switched off");
            await session.Progress.StageChangedAsync(session.Query, Ct);
        }
    }
}
