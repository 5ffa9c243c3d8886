using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Schedules;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Schedules;
using OpenRem.Infrastructure.Tests.Persistence;

namespace OpenRem.Infrastructure.Tests.Schedules;

public sealed class ScheduleRepositoryTests : IAsyncLifetime
{
    private static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    private TestDatabase _database = null!;
    private RemoteNode _pacs = null!;
    private StoreNode _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IScheduleRepository Schedules => _database.Get<IScheduleRepository>();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _pacs = await _database.Get<IRemoteNodeRepository>().AddAsync(new RemoteNodeSettings { Name = "PACS", AeTitle = "PACS", Host = "127.0.0.1", Port = 104 }, Ct);
        _store = await _database.Get<IStoreNodeRepository>().AddAsync(new StoreNodeSettings { Name = "Store", AeTitle = "OPENREM", Port = 11112 }, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_schedule_is_read_back_with_every_setting_and_its_nodes_names()
    {
        var settings = Settings("Hourly CT") with
        {
            Modalities = ModalitySelection.Of(ModalityGroup.Ct, ModalityGroup.Fluoroscopy),
            Filters = new StudyFilters
            {
                StudyDescriptionExclude = FilterTerms.Parse("thorax, neck"),
                StationNameInclude = FilterTerms.Parse("CT1"),
                StationNameAtStudyLevel = true,
            },
            Options = new QueryOptions { RemoveDuplicates = false, GetToshibaImages = true, GetEmptySrSeries = true },
            Window = ScheduleWindow.LastDays(2),
            Frequency = ScheduleFrequency.Cron("0 5 * * * ?"),
            Enabled = false,
            Retrieve = false,
        };

        var added = await Schedules.AddAsync(settings, Ct);
        var read = await Schedules.FindAsync(added.Id, Ct);

        Assert.NotNull(read);
        Assert.True(added.Id > 0);
        Assert.Equal(settings, read.ToSettings());
        Assert.Equal(("PACS", "Store"), (read.RemoteNodeName, read.StoreNodeName));
        Assert.Equal(_database.Time.GetUtcNow(), read.CreatedAt);
        Assert.Null(read.CoveredUntil);
        Assert.Null(read.RunningQueryId);
    }

    [Fact]
    public async Task Names_are_unique_regardless_of_case()
    {
        await Schedules.AddAsync(Settings("Hourly CT"), Ct);

        var exception = await Assert.ThrowsAsync<InvalidScheduleSettingsException>(() => Schedules.AddAsync(Settings("HOURLY ct"), Ct));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(("Name", "Another schedule already has this name."), (error.Field, error.Message));
        Assert.Single(await Schedules.ListAsync(Ct));
    }

    [Fact]
    public async Task Nodes_that_do_not_exist_or_are_of_the_other_kind_are_refused()
    {
        var exception = await Assert.ThrowsAsync<InvalidScheduleSettingsException>(() =>
            Schedules.AddAsync(Settings("Wrong") with { RemoteNodeId = _store.Id, StoreNodeId = 999 }, Ct));

        Assert.Equal(
            [("RemoteNodeId", $"There is no remote node with ID {_store.Id}."), ("StoreNodeId", "There is no store node with ID 999.")],
            exception.Errors.Select(error => (error.Field, error.Message)));
        Assert.Empty(await Schedules.ListAsync(Ct));
    }

    [Fact]
    public async Task Update_enable_disable_and_remove_change_the_stored_schedule()
    {
        var added = await Schedules.AddAsync(Settings("Hourly CT"), Ct);
        _database.Time.Advance(TimeSpan.FromMinutes(5));

        var updated = await Schedules.UpdateAsync(added.Id, Settings("Daily CT") with { Frequency = ScheduleFrequency.DailyAt(new TimeOnly(6, 0)) }, Ct);
        var disabled = await Schedules.SetEnabledAsync(added.Id, false, Ct);
        var stored = await Schedules.FindAsync(added.Id, Ct);

        Assert.NotNull(updated);
        Assert.NotNull(disabled);
        Assert.Equal(("Daily CT", "daily at 06:00", false), (stored!.Name, stored.Frequency.Describe(), stored.Enabled));
        Assert.Equal(_database.Time.GetUtcNow(), stored.UpdatedAt);
        Assert.True((await Schedules.SetEnabledAsync(added.Id, true, Ct))!.Enabled);
        Assert.Null(await Schedules.UpdateAsync(999, Settings("Other"), Ct));
        Assert.True(await Schedules.RemoveAsync(added.Id, Ct));
        Assert.False(await Schedules.RemoveAsync(added.Id, Ct));
        Assert.Null(await Schedules.FindAsync(added.Id, Ct));
    }

    [Fact]
    public async Task Deleting_a_node_detaches_its_schedules_which_keep_its_name_and_cannot_run()
    {
        var added = await Schedules.AddAsync(Settings("Hourly CT"), Ct);

        Assert.True(await _database.Get<IRemoteNodeRepository>().RemoveAsync(_pacs.Id, Ct));
        var read = await Schedules.FindAsync(added.Id, Ct);

        Assert.Equal(((int?)null, "PACS", (int?)_store.Id), (read!.RemoteNodeId, read.RemoteNodeName, read.StoreNodeId));
        Assert.Equal("not run: the remote node PACS has been deleted", read.WhyCannotRun());
    }

    [Fact]
    public async Task A_second_claim_is_refused_until_the_first_is_released_by_its_own_run()
    {
        var id = (await Schedules.AddAsync(Settings("Hourly CT"), Ct)).Id;
        var now = _database.Time.GetUtcNow();
        var first = Guid.CreateVersion7();
        var second = Guid.CreateVersion7();

        Assert.True(await Schedules.TryClaimAsync(id, first, now, StaleAfter, Ct));
        Assert.False(await Schedules.TryClaimAsync(id, second, now.AddMinutes(59), StaleAfter, Ct));
        Assert.False(await Schedules.ReleaseAsync(id, second, Ct));
        Assert.Equal((first, now), ((await Schedules.FindAsync(id, Ct))!.RunningQueryId, (await Schedules.FindAsync(id, Ct))!.RunningSince));
        Assert.True(await Schedules.ReleaseAsync(id, first, Ct));
        Assert.True(await Schedules.TryClaimAsync(id, second, now.AddMinutes(59), StaleAfter, Ct));
        Assert.False(await Schedules.TryClaimAsync(999, first, now, StaleAfter, Ct));
    }

    [Fact]
    public async Task A_stale_claim_is_taken_over_and_its_late_release_changes_nothing()
    {
        var id = (await Schedules.AddAsync(Settings("Hourly CT"), Ct)).Id;
        var now = _database.Time.GetUtcNow();
        var dead = Guid.CreateVersion7();
        var next = Guid.CreateVersion7();
        await Schedules.TryClaimAsync(id, dead, now, StaleAfter, Ct);

        Assert.True(await Schedules.TryClaimAsync(id, next, now + StaleAfter + TimeSpan.FromSeconds(1), StaleAfter, Ct));
        Assert.False(await Schedules.ReleaseAsync(id, dead, Ct));
        Assert.Equal(next, (await Schedules.FindAsync(id, Ct))!.RunningQueryId);
    }

    [Fact]
    public async Task Of_two_processes_claiming_at_once_exactly_one_wins()
    {
        var id = (await Schedules.AddAsync(Settings("Hourly CT"), Ct)).Id;
        await using var other = await TestDatabase.OpenBesideAsync(_database);
        var now = _database.Time.GetUtcNow();

        for (var round = 0; round < 10; round++)
        {
            var claims = await Task.WhenAll(
                Task.Run(() => Schedules.TryClaimAsync(id, Guid.CreateVersion7(), now, StaleAfter, Ct), Ct),
                Task.Run(() => other.Get<IScheduleRepository>().TryClaimAsync(id, Guid.CreateVersion7(), now, StaleAfter, Ct), Ct));

            Assert.Equal(1, claims.Count(claimed => claimed));
            var holder = (await Schedules.FindAsync(id, Ct))!.RunningQueryId!.Value;
            Assert.True(await Schedules.ReleaseAsync(id, holder, Ct));
        }
    }

    [Fact]
    public async Task Recording_a_run_keeps_the_claim_and_stores_the_result_and_covered_window()
    {
        var id = (await Schedules.AddAsync(Settings("Hourly CT"), Ct)).Id;
        var now = _database.Time.GetUtcNow();
        var queryId = Guid.CreateVersion7();
        await Schedules.TryClaimAsync(id, queryId, now, StaleAfter, Ct);

        Assert.True(await Schedules.RecordRunStartedAsync(id, queryId, now, Ct));
        Assert.True(await Schedules.RecordRunEndedAsync(id, QueryState.Done, "done: 1 study", now.AddMinutes(-1), now.AddMinutes(2), Ct));
        var read = await Schedules.FindAsync(id, Ct);

        Assert.Equal((queryId, QueryState.Done, "done: 1 study"), (read!.LastQueryId, read.LastRunState, read.LastResult));
        Assert.Equal((now, now.AddMinutes(2), now.AddMinutes(-1)), (read.LastRunStartedAt, read.LastRunEndedAt, read.CoveredUntil));
        Assert.Equal(queryId, read.RunningQueryId);
        Assert.False(await Schedules.RecordRunNotStartedAsync(999, "gone", now, Ct));
    }

    private ScheduleSettings Settings(string name) => new()
    {
        Name = name,
        RemoteNodeId = _pacs.Id,
        StoreNodeId = _store.Id,
        Modalities = ModalitySelection.Of(ModalityGroup.Ct),
        Window = ScheduleWindow.LastHours(2),
        Frequency = ScheduleFrequency.HourlyAt(0),
    };
}
