using Microsoft.Extensions.Time.Testing;
using OpenRem.Domain.Modalities;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Schedules;
using OpenRem.Domain.Tests.Fakes;

namespace OpenRem.Domain.Tests.Schedules;

/// <summary>A schedule run after run on a fake clock at a site one hour east of UTC.</summary>
public sealed class ScheduleRunsTests
{
    private static readonly TimeZoneInfo Site = TimeZoneInfo.CreateCustomTimeZone("Site", TimeSpan.FromHours(1), "Site", "Site");
    private static readonly RemoteNode Pacs = RemoteNode.Create(new RemoteNodeSettings { Name = "PACS", AeTitle = "PACS", Host = "127.0.0.1", Port = 104 }, []);
    private static readonly StoreNode Store = StoreNode.Create(new StoreNodeSettings { Name = "Store", AeTitle = "OPENREM", Port = 11112 }, []);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 6, 3, 9, 0, 0, TimeSpan.Zero));

    public ScheduleRunsTests() => _time.SetLocalTimeZone(Site);

    [Fact]
    public void An_hourly_last_two_hours_schedule_asks_for_the_right_date_and_time_keys_run_after_run()
    {
        var schedule = Create(ScheduleWindow.LastHours(2), retrieve: true);

        var keys = new List<string>();
        for (var run = 0; run < 3; run++)
        {
            keys.Add(RunEndingIn(schedule, QueryState.Done).Text);
            _time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(["20240603 080000-095959", "20240603 090000-105959", "20240603 100000-115959"], keys);
    }

    [Fact]
    public void Runs_across_local_midnight_ask_for_whole_dates_then_return_to_times()
    {
        _time.SetUtcNow(new DateTimeOffset(2024, 6, 3, 23, 0, 0, TimeSpan.Zero));
        var schedule = Create(ScheduleWindow.LastHours(2), retrieve: true);

        var atMidnight = RunEndingIn(schedule, QueryState.Done);
        _time.Advance(TimeSpan.FromHours(1));
        var afterMidnight = RunEndingIn(schedule, QueryState.Done);
        _time.Advance(TimeSpan.FromHours(1));
        var next = RunEndingIn(schedule, QueryState.Done);

        Assert.Equal(("20240603", "220000-235959"), (atMidnight.StudyDate, atMidnight.StudyTime));
        Assert.Equal(("20240603-20240604", string.Empty), (afterMidnight.StudyDate, afterMidnight.StudyTime));
        Assert.Equal(("20240604", "000000-015959"), (next.StudyDate, next.StudyTime));
    }

    [Fact]
    public void After_a_failed_run_and_downtime_one_run_reaches_back_to_the_last_covered_end_then_windows_are_normal()
    {
        var schedule = Create(ScheduleWindow.LastHours(2), retrieve: true);
        var first = RunEndingIn(schedule, QueryState.Done);
        _time.Advance(TimeSpan.FromHours(1));
        var failed = RunEndingIn(schedule, QueryState.Failed);
        _time.Advance(TimeSpan.FromHours(4));

        var catchUp = RunEndingIn(schedule, QueryState.Done);
        _time.Advance(TimeSpan.FromHours(1));
        var normal = RunEndingIn(schedule, QueryState.Done);

        Assert.Equal("080000-095959", first.StudyTime);
        Assert.Equal("090000-105959", failed.StudyTime);
        Assert.Equal("100000-145959", catchUp.StudyTime);
        Assert.Equal("140000-155959", normal.StudyTime);
    }

    [Fact]
    public void The_plan_asks_for_the_schedules_template_as_a_scheduled_query_named_after_it()
    {
        var schedule = Create(ScheduleWindow.Today, retrieve: false);

        var plan = schedule.PlanRun(_time.GetUtcNow(), Site);

        Assert.Equal(QueryOrigin.Schedule, plan.Request.Origin);
        Assert.Equal("Hourly CT", plan.Request.RequestedBy);
        Assert.False(plan.Request.MoveWhenFound);
        Assert.Equal(ModalitySelection.Of(ModalityGroup.Ct), plan.Request.Modalities);
        Assert.Equal(FilterTerms.Parse("thorax"), plan.Request.Filters.StudyDescriptionExclude);
        Assert.False(plan.Request.Options.RemoveDuplicates);
        Assert.Equal((Pacs.Id, Store.Id), (plan.Request.RemoteNodeId, plan.Request.StoreNodeId));
        Assert.Equal(_time.GetUtcNow(), plan.WindowEnd);
        Assert.Empty(plan.Request.Validate(StudyDateWindow.Today(_time)));
    }

    [Fact]
    public void Covered_until_advances_only_on_success()
    {
        var retrieving = Create(ScheduleWindow.LastHours(1), retrieve: true);
        var end = _time.GetUtcNow();

        foreach (var state in new[] { QueryState.Failed, QueryState.Cancelled, QueryState.Filtered })
        {
            retrieving.RecordRunEnded(state, state.ToString(), end, end);
            Assert.Null(retrieving.CoveredUntil);
        }

        retrieving.RecordRunEnded(QueryState.Done, "done", end, end);
        Assert.Equal(end, retrieving.CoveredUntil);
        retrieving.RecordRunEnded(QueryState.Done, "done", end.AddHours(-3), end);
        Assert.Equal(end, retrieving.CoveredUntil);

        var findOnly = Create(ScheduleWindow.LastHours(1), retrieve: false, name: "Find only");
        findOnly.RecordRunEnded(QueryState.Filtered, "filtered", end, end);
        Assert.Equal(end, findOnly.CoveredUntil);
        Assert.Equal((QueryState.Filtered, "filtered", end), (findOnly.LastRunState, findOnly.LastResult, findOnly.LastRunEndedAt));
    }

    [Fact]
    public void A_run_started_and_a_run_not_started_are_recorded_as_the_last_run()
    {
        var schedule = Create(ScheduleWindow.LastHours(1), retrieve: true);
        var queryId = Guid.CreateVersion7();

        schedule.RecordRunStarted(queryId, _time.GetUtcNow());
        Assert.Equal((queryId, (QueryState?)null, "running"), (schedule.LastQueryId, schedule.LastRunState, schedule.LastResult));

        schedule.Disable(_time.GetUtcNow());
        var reason = schedule.WhyCannotRun();
        schedule.RecordRunNotStarted(reason!, _time.GetUtcNow());
        Assert.Equal("not run: the schedule is disabled", schedule.LastResult);
        Assert.Null(schedule.LastQueryId);
        schedule.Enable(_time.GetUtcNow());
        Assert.Null(schedule.WhyCannotRun());
    }

    [Fact]
    public void Settings_that_do_not_validate_name_every_field_and_nodes_that_do_not_exist()
    {
        var calendar = new ListedCronCalendar("0 61 * * * ?");
        var settings = new ScheduleSettings
        {
            Name = " hourly ct ",
            RemoteNodeId = 7,
            StoreNodeId = Store.Id,
            Modalities = ModalitySelection.Of(),
            Window = null,
            Frequency = ScheduleFrequency.Cron("0 61 * * * ?"),
        };

        var exception = Assert.Throws<InvalidScheduleSettingsException>(() =>
            Schedule.Create(settings, ["Hourly CT"], calendar, null, Store, _time.GetUtcNow()));

        Assert.Equal(
            [
                ("Name", "Another schedule already has this name."),
                ("Modalities", "You must select at least one modality (or Advanced SR Only)"),
                ("Window", "A window is required."),
                ("Frequency", "'0 61 * * * ?' is refused."),
                ("RemoteNodeId", "There is no remote node with ID 7."),
            ],
            exception.Errors.Select(error => (error.Field, error.Message)));
    }

    [Fact]
    public void A_name_longer_than_64_characters_and_a_missing_frequency_are_refused()
    {
        var errors = new ScheduleSettings
        {
            Name = new string('n', 65),
            RemoteNodeId = 1,
            StoreNodeId = 2,
            Modalities = ModalitySelection.Of(ModalityGroup.Ct),
            Window = ScheduleWindow.Today,
        }.Validate([], new ListedCronCalendar());

        Assert.Equal(["A name has at most 64 characters.", "A frequency is required."], errors.Select(error => error.Message));
    }

    private Schedule Create(ScheduleWindow window, bool retrieve, string name = "Hourly CT") =>
        Schedule.Create(
            new ScheduleSettings
            {
                Name = name,
                RemoteNodeId = Pacs.Id,
                StoreNodeId = Store.Id,
                Modalities = ModalitySelection.Of(ModalityGroup.Ct),
                Filters = new StudyFilters { StudyDescriptionExclude = FilterTerms.Parse("Thorax") },
                Options = new QueryOptions { RemoveDuplicates = false },
                Window = window,
                Frequency = ScheduleFrequency.HourlyAt(0),
                Retrieve = retrieve,
            },
            [],
            new ListedCronCalendar(),
            Pacs,
            Store,
            _time.GetUtcNow());

    /// <summary>Plans a run now, makes its query as the runner does and records it ending in <paramref name="state"/>.</summary>
    private StudyDateKeys RunEndingIn(Schedule schedule, QueryState state)
    {
        var plan = schedule.PlanRun(_time.GetUtcNow(), _time.LocalTimeZone);
        var query = Query.Create(plan.Request, Pacs, Store, _time);
        schedule.RecordRunStarted(query.Id, _time.GetUtcNow());
        schedule.RecordRunEnded(state, state.ToString(), plan.WindowEnd, _time.GetUtcNow());
        return query.Parameters.DateKeys;
    }
}
