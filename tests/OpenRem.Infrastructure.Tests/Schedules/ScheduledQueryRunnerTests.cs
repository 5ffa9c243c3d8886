using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Queries;
using OpenRem.Domain.Schedules;
using OpenRem.Infrastructure.Persistence;
using OpenRem.Infrastructure.Persistence.Nodes;
using OpenRem.Infrastructure.Persistence.Queries;
using OpenRem.Infrastructure.Persistence.Schedules;
using OpenRem.Infrastructure.Schedules;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Schedules;

/// <summary>
/// Scheduled runs against dcmqrscp with the application's services, on a fake clock at a site one hour east of UTC
/// that starts an hour after the archive's study (17:xx local for a study at 16:xx).
/// </summary>
public sealed class ScheduledQueryRunnerTests(ScheduledRunArchive archive) : IClassFixture<ScheduledRunArchive>, IAsyncLifetime
{
    private static readonly TimeZoneInfo Site = TimeZoneInfo.CreateCustomTimeZone("Site", TimeSpan.FromHours(1), "Site", "Site");

    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = new();
    private ServiceProvider _services = null!;
    private RemoteNode _pacs = null!;
    private int _scheduleId;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IScheduleRepository Schedules => _services.GetRequiredService<IScheduleRepository>();

    private ScheduledQueryRunner Runner => _services.GetRequiredService<ScheduledQueryRunner>();

    /// <summary>The top of the hour after the study, local time.</summary>
    private DateTime FirstRunLocal => archive.StudyDateTime.Date.AddHours(archive.StudyDateTime.Hour + 1);

    public async ValueTask InitializeAsync()
    {
        _time.SetLocalTimeZone(Site);
        _time.SetUtcNow(new DateTimeOffset(FirstRunLocal, Site.BaseUtcOffset));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = _directory.Path });
        builder.Configuration.AddInMemoryCollection([new("OpenRem:DataDirectory", Path.Combine(_directory.Path, "data"))]);
        builder.AddOpenRemInfrastructure();
        builder.Services.AddSingleton<TimeProvider>(_time);
        _services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await _services.MigrateOpenRemDatabaseAsync(Ct);

        _pacs = await _services.GetRequiredService<IRemoteNodeRepository>().AddAsync(PacsSettings(archive.Peer.Port), Ct);
        var store = await _services.GetRequiredService<IStoreNodeRepository>().AddAsync(new StoreNodeSettings { Name = "Store", AeTitle = "OPENREM", Port = FreePort.Next() }, Ct);
        _scheduleId = (await Schedules.AddAsync(new ScheduleSettings
        {
            Name = "Hourly dose reports",
            RemoteNodeId = _pacs.Id,
            StoreNodeId = store.Id,
            Modalities = ModalitySelection.SrOnly,
            Window = ScheduleWindow.LastHours(2),
            Frequency = ScheduleFrequency.HourlyAt(0),
            Retrieve = false,
        }, Ct)).Id;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_run_creates_a_scheduled_query_for_its_window_finds_the_study_in_it_and_records_the_result()
    {
        var outcome = await Runner.RunAsync(_scheduleId, Ct);

        Assert.Equal((ScheduledRunResult.Ran, QueryState.Filtered, true), (outcome.Result, outcome.State, outcome.Succeeded));
        var query = await _services.GetRequiredService<IQueryRepository>().FindAsync(outcome.QueryId!.Value, Ct);
        Assert.NotNull(query);
        Assert.Equal((QueryOrigin.Schedule, "Hourly dose reports"), (query.Parameters.Origin, query.Parameters.RequestedBy));
        Assert.Equal(WindowKeys(FirstRunLocal.AddHours(-2), FirstRunLocal), (query.Parameters.DateKeys.StudyDate, query.Parameters.DateKeys.StudyTime));
        Assert.Equal([archive.StudyInstanceUid], query.Studies.Select(study => study.StudyInstanceUid));

        var schedule = await Schedules.FindAsync(_scheduleId, Ct);
        Assert.Equal((query.Id, QueryState.Filtered, outcome.Text), (schedule!.LastQueryId, schedule.LastRunState, schedule.LastResult));
        Assert.StartsWith("filtered: ", outcome.Text, StringComparison.Ordinal);
        Assert.Equal(_time.GetUtcNow(), schedule.CoveredUntil);
        Assert.Null(schedule.RunningQueryId);
    }

    [Fact]
    public async Task After_a_failed_run_the_next_window_reaches_back_to_the_end_of_the_last_successful_one()
    {
        var first = await Runner.RunAsync(_scheduleId, Ct);
        var coveredUntil = _time.GetUtcNow();
        await MovePacsAsync(FreePort.Next());
        _time.Advance(TimeSpan.FromHours(1));

        var failed = await Runner.RunAsync(_scheduleId, Ct);
        var afterFailure = await Schedules.FindAsync(_scheduleId, Ct);
        await MovePacsAsync(archive.Peer.Port);
        _time.Advance(TimeSpan.FromHours(2));
        var catchUp = await Runner.RunAsync(_scheduleId, Ct);
        var query = await _services.GetRequiredService<IQueryRepository>().FindAsync(catchUp.QueryId!.Value, Ct);

        Assert.True(first.Succeeded);
        Assert.Equal((ScheduledRunResult.Ran, QueryState.Failed, false), (failed.Result, failed.State, failed.Succeeded));
        Assert.Equal((QueryState.Failed, coveredUntil), (afterFailure!.LastRunState, afterFailure.CoveredUntil));
        Assert.StartsWith("failed: ", afterFailure.LastResult, StringComparison.Ordinal);
        Assert.True(catchUp.Succeeded);
        Assert.Equal(WindowKeys(FirstRunLocal, FirstRunLocal.AddHours(3)), (query!.Parameters.DateKeys.StudyDate, query.Parameters.DateKeys.StudyTime));
        Assert.Equal(_time.GetUtcNow(), (await Schedules.FindAsync(_scheduleId, Ct))!.CoveredUntil);
    }

    [Fact]
    public async Task A_run_while_the_previous_one_holds_the_claim_is_skipped_and_changes_nothing()
    {
        var holder = Guid.CreateVersion7();
        Assert.True(await Schedules.TryClaimAsync(_scheduleId, holder, _time.GetUtcNow(), TimeSpan.FromHours(12), Ct));

        var outcome = await Runner.RunAsync(_scheduleId, Ct);

        Assert.Equal(new ScheduledRunOutcome(ScheduledRunResult.Skipped, "skipped: the previous run is still running"), outcome);
        var schedule = await Schedules.FindAsync(_scheduleId, Ct);
        Assert.Equal((holder, (string?)null, (Guid?)null), (schedule!.RunningQueryId, schedule.LastResult, schedule.LastQueryId));
        Assert.Equal(0, (await _services.GetRequiredService<IQueryRepository>().ListAsync(new QueryListRequest(), Ct)).TotalCount);
    }

    [Fact]
    public async Task A_cancelled_run_releases_its_claim_and_is_recorded_cancelled_without_covering_its_window()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        ScheduledRunOutcome? outcome = null;

        try
        {
            outcome = await Runner.RunAsync(_scheduleId, cancellation.Token, progress => new CancellingProgress(progress, cancellation));
        }
        catch (OperationCanceledException)
        {
            // Either way the run is over: what matters is what the schedule says.
        }

        var schedule = await Schedules.FindAsync(_scheduleId, Ct);
        Assert.True(cancellation.IsCancellationRequested);
        Assert.Equal(QueryState.Cancelled, outcome?.State ?? schedule!.LastRunState);
        Assert.Equal((QueryState.Cancelled, (Guid?)null, (DateTimeOffset?)null), (schedule!.LastRunState, schedule.RunningQueryId, schedule.CoveredUntil));
        Assert.StartsWith("cancelled", schedule.LastResult, StringComparison.Ordinal);
        Assert.Equal(ScheduledRunResult.Ran, (await Runner.RunAsync(_scheduleId, Ct)).Result);
    }

    [Fact]
    public async Task A_disabled_schedule_is_not_run_and_says_why()
    {
        await Schedules.SetEnabledAsync(_scheduleId, false, Ct);

        var outcome = await Runner.RunAsync(_scheduleId, Ct);

        Assert.Equal((ScheduledRunResult.NotRun, "not run: the schedule is disabled"), (outcome.Result, outcome.Text));
        Assert.Equal("not run: the schedule is disabled", (await Schedules.FindAsync(_scheduleId, Ct))!.LastResult);
        Assert.Equal(0, (await _services.GetRequiredService<IQueryRepository>().ListAsync(new QueryListRequest(), Ct)).TotalCount);
        Assert.Equal(ScheduledRunResult.NotFound, (await Runner.RunAsync(999, Ct)).Result);
    }

    private static RemoteNodeSettings PacsSettings(int port) =>
        new() { Name = "dcmqrscp", AeTitle = ScheduledRunArchive.AeTitle, Host = "127.0.0.1", Port = port };

    private async Task MovePacsAsync(int port) =>
        Assert.NotNull(await _services.GetRequiredService<IRemoteNodeRepository>().UpdateAsync(_pacs.Id, PacsSettings(port), Ct));

    /// <summary>The keys of a window from <paramref name="start"/> to <paramref name="end"/> (local, on one date, end excluded).</summary>
    private static (string StudyDate, string StudyTime) WindowKeys(DateTime start, DateTime end)
    {
        var last = end.AddMinutes(-1);
        var format = System.Globalization.CultureInfo.InvariantCulture;
        return (start.ToString("yyyyMMdd", format), start.ToString("HHmm", format) + "00-" + last.ToString("HHmm", format) + "59");
    }
}
